using System.Globalization;
using System.Text;
using Campaign.Compliance.Findings;
using Campaign.Domain.Input;

namespace Campaign.Compliance.Tests.Options;

/// <summary>The options' errors as <see cref="InputError"/>s: a code for every kind, the option path, and Chinese text.</summary>
public class ComplianceOptionsErrorTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void Load_EveryKindOfFileError_HasItsCodePathAndChineseMessage()
    {
        var json = """
            {
              "claimWindow": 20,
              "claimWindowDays": "20",
              "satisfactionTarget": "95%",
              "teamStaffedDeadline": "2014/05/15",
              "disabledRules": "MIS-005",
              "focusLists": ["C", 2],
              "language": "cn",
              "severityOverrides": [],
              "atRiskThreshold": 0,
              "immediateWindowDays": -1,
              "minEducationMonths": 5000,
              "stockPhrases": ["套话", ""]
            }
            """;

        var errors = Errors(() => Load(json));

        errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (InputErrorCode.OptionUnknown, "$.claimWindow"),
            (InputErrorCode.OptionExpectedInteger, "$.claimWindowDays"),
            (InputErrorCode.OptionExpectedNumber, "$.satisfactionTarget"),
            (InputErrorCode.OptionExpectedDate, "$.teamStaffedDeadline"),
            (InputErrorCode.OptionExpectedStringArray, "$.disabledRules"),
            (InputErrorCode.OptionExpectedString, "$.focusLists[1]"),
            (InputErrorCode.OptionNotAllowedValue, "$.language"),
            (InputErrorCode.OptionExpectedSeverityMap, "$.severityOverrides"),
            (InputErrorCode.OptionNegative, "$.immediateWindowDays"),
            (InputErrorCode.OptionLessThanOne, "$.atRiskThreshold"),
            (InputErrorCode.OptionAboveMaximum, "$.minEducationMonths"),
            (InputErrorCode.OptionEmptyStockPhrase, "$.stockPhrases[1]"));
        errors.Select(e => e.GetMessage(Chinese)).Should().Equal(
            "未知属性“claimWindow”；可用的属性：immediateWindowDays、teamStaffedDeadline、consolidationDeadline、claimWindowDays、planWindowDays、satisfactionTarget、reportBackWindowDays、minConcreteChars、stockPhrases、additionalStockPhrases、boilerplateMinOwners、atRiskThreshold、minEducationMonths、severityOverrides、disabledRules、focusLists、language、maxDegreeOfParallelism、engine。",
            "应为整数，实际为\"20\"。",
            "应为数字，实际为\"95%\"。",
            "应为 yyyy-MM-dd 格式的日期，实际为\"2014/05/15\"。",
            "应为字符串数组，实际为\"MIS-005\"。",
            "应为字符串，实际为2。",
            "应为“en”或“zh”，实际为\"cn\"。",
            "应为由规则编号到严重程度的对象，实际为数组。",
            "不能为负数（当前为 -1）。",
            "至少应为 1（当前为 0）。",
            "最多为 1200（当前为 5000）。",
            "套话不能为空。");
        errors[7].Message.Should().Be("expected an object of rule id to severity, got an array.");
    }

    [Fact]
    public void Load_SeverityOutsideItsChoices_ListsTheChoicesInBothLanguages()
    {
        var error = Errors(() => Load("""{ "severityOverrides": { "OVD-001": "urgent" } }""")).Should().ContainSingle().Which;

        error.Path.Should().Be("$.severityOverrides.OVD-001");
        error.Message.Should().Be("expected \"low\", \"medium\" or \"high\", got \"urgent\".");
        error.GetMessage(Chinese).Should().Be("应为“low”、“medium”或“high”，实际为\"urgent\"。");
    }

    [Fact]
    public void Load_NotAnObject_IsOneError()
    {
        var error = Errors(() => Load("[1, 2]")).Should().ContainSingle().Which;

        (error.Code, error.Path).Should().Be((InputErrorCode.OptionsNotAnObject, "$"));
        error.GetMessage(Chinese).Should().Be("选项文件必须是一个 JSON 对象。");
    }

    [Fact]
    public void Validate_OptionsSetInCode_HaveBarePathsAndCodes()
    {
        var options = new ComplianceOptions { SatisfactionTarget = 2, Language = (ReportLanguage)9, FocusLists = ["ZZ"] };
        options.DisabledRules.Add("NOPE-1");
        options.SeverityOverrides["OVD-001"] = (FindingSeverity)7;

        var errors = Errors(options.Validate);

        errors.Select(e => (e.Code, e.Path)).Should().Equal(
            (InputErrorCode.OptionRateOutOfRange, "satisfactionTarget"),
            (InputErrorCode.OptionUnknownSeverity, "severityOverrides.OVD-001"),
            (InputErrorCode.OptionUnknownRuleId, "disabledRules"),
            (InputErrorCode.OptionUnknownFocusList, "focusLists[0]"),
            (InputErrorCode.OptionUnknownLanguage, "language"));
        errors.Select(e => e.ToString(Chinese)).Should().Equal(
            "satisfactionTarget：应在 0 到 1 之间（当前为 2）。",
            "severityOverrides.OVD-001：未知的严重程度 7。",
            "disabledRules：未知的规则编号“NOPE-1”。",
            "focusLists[0]：未知的重点问题清单“ZZ”；已知清单：C、WD、HN、AH。",
            "language：未知的语言 9。");
    }

    [Fact]
    public void LoadFile_NamesTheFileOnEveryError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"options-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "claimWindowDays": -3, "language": "cn" }""");
        try
        {
            var errors = Errors(() => ComplianceOptions.LoadFile(path));

            errors.Should().HaveCount(2).And.OnlyContain(e => e.Source == path);
            errors[0].ToString().Should().Be(path + ": $.language: expected \"en\" or \"zh\", got \"cn\".");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ComplianceOptions Load(string json) => ComplianceOptions.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static IReadOnlyList<InputError> Errors(Action act) =>
        act.Should().Throw<ComplianceOptionsException>().Which.Errors;

    private static IReadOnlyList<InputError> Errors(Func<ComplianceOptions> act) =>
        act.Should().Throw<ComplianceOptionsException>().Which.Errors;
}
