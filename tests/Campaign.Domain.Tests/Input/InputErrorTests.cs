using System.Globalization;
using System.Text.RegularExpressions;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Input;

/// <summary>The one input-error type: every code speaks English and Chinese, and the error says where in either language.</summary>
public sealed partial class InputErrorTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] Arguments = ["ARG0", "ARG1", "ARG2", "ARG3", "ARG4"];

    public static TheoryData<InputErrorCode> Codes() => [.. Enum.GetValues<InputErrorCode>().Where(c => c != InputErrorCode.Custom)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_HasAnEnglishAndAChineseMessage(InputErrorCode code)
    {
        var error = new InputError("$.x", null, null, code, Arguments);
        var english = error.GetMessage(English);
        var chinese = error.GetMessage(Chinese);

        english.Should().Be(error.Message).And.NotBeNullOrWhiteSpace();
        english.Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}", $"the English message of {code} is English");
        english.Should().NotBe("ARG0", $"{code} has a message of its own, not the fallback");
        chinese.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", $"{code} has a Chinese message: {chinese}");
        chinese.Should().NotBe(english);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryChineseMessage_UsesFullWidthPunctuation(InputErrorCode code)
    {
        var chinese = new InputError("$.x", null, null, code, Arguments).GetMessage(Chinese);

        // What stays as written (quoted values, [attribute] and { shape } syntax, a call such as Of<T>()) may hold ASCII.
        var prose = Regex.Replace(chinese, "“[^”]*”|\\{[^}]*\\}|\\[[^\\]]*\\]|[A-Za-z.]+<[^>]*>\\(\\)", " ");
        prose.Should().NotContainAny([",", ";", ":", "(", ")"], $"the Chinese message of {code} uses full-width punctuation: {chinese}");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_NamesEveryArgumentItLists(InputErrorCode code)
    {
        // The arguments a message shows must survive translation: the Chinese message names the same ones as the English.
        var error = new InputError("$.x", null, null, code, Arguments);
        if (code is InputErrorCode.NotAWorkbook or InputErrorCode.DamagedWorkbook)
        {
            // Their argument is the Open XML library's English reason, which only the English message shows.
            error.GetMessage(Chinese).Should().NotContain("ARG0");
            return;
        }

        foreach (var argument in Arguments.Where(a => error.Message.Contains(a, StringComparison.Ordinal)))
        {
            error.GetMessage(Chinese).Should().Contain(argument, $"the Chinese message of {code} names {argument} as the English one does");
        }
    }

    [Fact]
    public void ToString_GivesSourcePlaceAndMessageInTheLanguage()
    {
        var error = new InputError("$.claimWindowDays", 3, 7, InputErrorCode.OptionExpectedInteger, "\"20\"").WithSource("options.json");

        error.ToString().Should().Be("options.json: $.claimWindowDays (line 3, position 7): expected a whole number, got \"20\".");
        error.ToString(Chinese).Should().Be("options.json：$.claimWindowDays（第 3 行，第 7 个字节）：应为整数，实际为\"20\"。");
        error.GetLocation(Chinese).Should().Be("$.claimWindowDays（第 3 行，第 7 个字节）");
        error.Source.Should().Be("options.json");
    }

    [Fact]
    public void WithSource_KeepsEverythingElse()
    {
        var error = new InputError("$.units[0].kind", 5, null, InputErrorCode.NotAllowedValue, "town", "county, township");

        var located = error.WithSource("台账.json");

        located.Should().BeEquivalentTo(error, o => o.Excluding(e => e.Source));
        located.Source.Should().Be("台账.json");
        error.Source.Should().BeNull();
    }

    [Fact]
    public void ReadFile_InvalidDataset_NamesTheFileOnEveryError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dataset-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"format\": \"campaign-dataset/2\" }");
        try
        {
            var exception = FluentActions.Invoking(() => CampaignDatasetReader.ReadFile(path))
                .Should().Throw<DatasetValidationException>().Which;

            exception.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.Source == path);
            exception.Errors[0].ToString().Should().StartWith(path + ": $.format (line 1): the format 'campaign-dataset/2' is not supported");
            exception.Message.Should().Contain(path + ": $.format");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ChineseCulture_IsAnyZhCulture()
    {
        var error = new InputError("$", null, null, InputErrorCode.OptionsNotAnObject);

        error.GetMessage(CultureInfo.GetCultureInfo("zh-TW")).Should().Be("选项文件必须是一个 JSON 对象。");
        error.GetMessage(CultureInfo.InvariantCulture).Should().Be("the options file must hold a JSON object.");
    }

    [Fact]
    public void Codes_AreGroupedByInput()
    {
        // The numbers are part of the contract: 1–60 dataset, 101–115 focus catalog, 201–222 options, 301–309 user rule classes.
        InputErrorCode.EvidenceOfUnknownRectification.Should().Be((InputErrorCode)60);
        InputErrorCode.CatalogMalformedJson.Should().Be((InputErrorCode)101);
        InputErrorCode.OptionsMalformedJson.Should().Be((InputErrorCode)201);
        InputErrorCode.RuleClassNotDeclared.Should().Be((InputErrorCode)301);
        Enum.GetValues<InputErrorCode>().Select(c => (int)c / 100).Distinct().Should().Equal(0, 1, 2, 3);
    }
}
