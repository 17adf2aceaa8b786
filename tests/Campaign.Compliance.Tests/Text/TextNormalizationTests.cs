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
