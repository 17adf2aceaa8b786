using System.Globalization;
using System.Text;
using Campaign.Compliance.Text;

namespace Campaign.Compliance.Tests.Text;

public class TextNormalizationTests
{
    [Theory]
    [InlineData("理论学习不够深入", "理论学习不够深入")]
    [InlineData("理论 学习,不够深入!", "理论学习不够深入")]
    [InlineData("理论学习。不够深入\u3000", "理论学习不够深入")]
    [InlineData("Ｗｏｒｋ ＳＴＹＬＥ", "workstyle")]
    [InlineData("ǅemal Ⅻ", "džemalxii")]
    [InlineData("会议多①②", "会议多12")]
    [InlineData("\u200B\u00AD", "")]
    [InlineData("", "")]
    public void Normalize_AppliesNfkcRemovesZpscAndLowerCases(string text, string expected)
    {
        TextNormalization.Normalize(text).Should().Be(expected);
    }

    [Fact]
    public void Normalize_LongMixedText_EqualsTheContractStepByStep()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 120; i++)
        {
            builder.Append("四风问题 Ａ-").Append(i).Append("，ⅣＢ😀");
        }

        var text = builder.ToString();

        TextNormalization.Normalize(text).Should().Be(StepByStep(text));
    }

    [Fact]
    public void Normalize_TextAlreadyNormalized_ReturnsEqualText()
    {
        var text = new string('整', 300) + "改";

        TextNormalization.Normalize(text).Should().Be(text);
    }

    [Fact]
    public void Nfkc_EveryInertCharacter_IsLeftAloneByTheFullNormalization()
    {
        var inert = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(TextNormalization.IsNfkcInert).ToList();

        inert.Should().HaveCountGreaterThan(20_000);
        inert.Where(c => c.ToString().Normalize(NormalizationForm.FormKC) != c.ToString()).Should().BeEmpty();
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => inert[random.Next(inert.Count)]).ToArray());
            TextNormalization.Nfkc(text).Should().Be(text.Normalize(NormalizationForm.FormKC));
        }
    }

    [Theory]
    [InlineData("会议多…")]
    [InlineData("ｅ́会")]
    [InlineData("é")]
    [InlineData("　全角")]
    public void Nfkc_TextWithAnyOtherCharacter_IsFullyNormalized(string text)
    {
        TextNormalization.Nfkc(text).Should().Be(text.Normalize(NormalizationForm.FormKC));
    }

    [Fact]
    public void IsCaseless_EveryCaselessCharacter_MatchesOnlyItselfIgnoringCase()
    {
        var all = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsSurrogate(c)).ToList();
        var caseless = all.Where(c => TextNormalization.IsCaseless(c.ToString())).ToList();

        caseless.Should().HaveCountGreaterThan(20_000);
        caseless.Should().NotContain(['a', 'K', 'ı', 'Ａ']);
        var upperOfAny = all.GroupBy(c => char.ToUpperInvariant(c)).ToDictionary(g => g.Key, g => g.Count());
        caseless.Where(c => upperOfAny.GetValueOrDefault(char.ToUpperInvariant(c)) != 1).Should().BeEmpty();
    }

    [Theory]
    [InlineData("认真落实,切实加强学习。进一步加强作风建设", new[] { "切实加强", "进一步", "认真落实" })]
    [InlineData("Strengthen STUDY 加强学习 study", new[] { "study", "加强" })]
    [InlineData("KIıi 落实", new[] { "ki", "落实" })]
    [InlineData("全面全面整改", new[] { "全面" })]
    public void ConcreteLength_ChinesePhrasesOrdinalOthersIgnoringCase_EqualsTheCaseInsensitiveRemoval(string measure, string[] phrases)
    {
        var ordered = TextNormalization.OrderPhrases(phrases);
        var text = measure.Normalize(NormalizationForm.FormKC);
        foreach (var phrase in ordered)
        {
            text = text.Replace(phrase, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        var expected = StepByStep(text).EnumerateRunes().Count();

        TextNormalization.ConcreteLength(measure, ordered).Should().Be(expected);
    }

    private static string StepByStep(string text)
    {
        var kept = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune).ToString();
            if (!(category.EndsWith("Separator", StringComparison.Ordinal) || category.EndsWith("Punctuation", StringComparison.Ordinal)
                || category.EndsWith("Symbol", StringComparison.Ordinal) || category is "Control" or "Format" or "Surrogate" or "PrivateUse" or "OtherNotAssigned"))
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString().ToLower(CultureInfo.InvariantCulture);
    }
}
