using System.Globalization;
using System.Text.RegularExpressions;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;
using Campaign.Domain.Tests.Serialization;
using static Campaign.Domain.Tests.Workbooks.LedgerWorkbooks;

namespace Campaign.Domain.Tests.Workbooks;

/// <summary>Issue 16 for workbooks: every error only a workbook can have has a code and a Chinese message, and the errors
/// the JSON reader finds keep their code and arguments once given their cells, so they are Chinese too.</summary>
public sealed partial class CampaignWorkbookReaderChineseTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static TheoryData<string, InputErrorCode, string?> WorkbookErrors() => new()
    {
        { "unknown column", InputErrorCode.UnknownColumn, "单位!M1" },
        { "repeated column", InputErrorCode.DuplicateColumn, "单位!M1" },
        { "missing column", InputErrorCode.MissingColumn, "查摆问题!1:1" },
        { "missing sheet", InputErrorCode.MissingSheet, "单位" },
        { "item without name", InputErrorCode.CampaignItemWithoutName, "活动!A9" },
        { "unknown item", InputErrorCode.UnknownCampaignItem, "活动!A9" },
        { "repeated item", InputErrorCode.DuplicateCampaignItem, "活动!A9" },
        { "Excel error", InputErrorCode.ExcelErrorValue, "单位!B2" },
        { "evidence without id", InputErrorCode.EvidenceWithoutRectificationId, "整改佐证!A2" },
        { "evidence of unknown id", InputErrorCode.EvidenceOfUnknownRectification, "整改佐证!A2" },
        { "not a zip", InputErrorCode.NotAWorkbook, null },
    };

    [Theory]
    [MemberData(nameof(WorkbookErrors))]
    public void WorkbookError_HasItsCodeAndAChineseMessage(string input, InputErrorCode code, string? cell)
    {
        var errors = input == "not a zip" ? ErrorsOf("{\"format\": \"campaign-dataset/1\"}"u8.ToArray()) : ErrorsAfter(input);

        var error = errors.Should().ContainSingle(string.Join("\n", errors)).Which;
        error.Code.Should().Be(code);
        error.Cell.Should().Be(cell);
        error.Message.Should().Be(error.GetMessage(CultureInfo.GetCultureInfo("en-GB")));
        ShouldBeChinese(error);
    }

    [Fact]
    public void UnknownColumn_InChinese_NamesTheHeaderAndListsTheColumns()
    {
        var error = ErrorsAfter("unknown column").Single();

        error.Arguments[0].Should().Be("备注");
        error.ToString(Chinese).Should().StartWith("单位!M1（$）：未知的列“备注”；工作表“单位”的列为：单位编号、单位名称");
    }

    [Fact]
    public void ValueOutsideItsEnum_InChinese_KeepsItsCodeAndListsTheChineseLabels()
    {
        var error = Edited(e => e.Set("查摆问题", "E3", "作风问题")).Single();

        error.Code.Should().Be(InputErrorCode.NotAllowedValue);
        error.Arguments[0].Should().Be("作风问题");
        error.Message.Should().Contain("; in the workbook: 四风问题 (fourWinds)");
        error.GetMessage(Chinese).Should().StartWith("不允许的值“作风问题”；应为下列值之一：fourWinds、")
            .And.Contain("；工作簿中可填：四风问题（fourWinds）、工作问题（work）");
        error.ToString(Chinese).Should().StartWith("查摆问题!E3（$.problems[1].category）：不允许的值");
        ShouldBeChinese(error);
    }

    [Fact]
    public void DuplicateId_InChinese_NamesTheFirstRowsCellNotItsPath()
    {
        var error = Edited(e => e.Set("人员", "A3", "P-1")).Single(e => e.Cell == "人员!A3");

        error.Code.Should().Be(InputErrorCode.DuplicateId);
        error.Arguments.Should().Equal("P-1", "人员!A2");
        error.GetMessage(Chinese).Should().Be("编号“P-1”已被 人员!A2 使用");
        error.Message.Should().Be("the id 'P-1' is already used by 人员!A2");
    }

    [Fact]
    public void EveryWorkbookCode_IsReachedByTheseTests()
    {
        // The codes a workbook alone reports, but for a damaged part and an empty header row (covered by the message table).
        var reached = WorkbookErrors().Select(row => (InputErrorCode)row[1]).ToHashSet();
        var workbookCodes = Enum.GetValues<InputErrorCode>().Where(c => c is >= InputErrorCode.NotAWorkbook and <= InputErrorCode.EvidenceOfUnknownRectification);

        workbookCodes.Except(reached).Should().BeEquivalentTo([InputErrorCode.DamagedWorkbook, InputErrorCode.MissingHeaderRow]);
    }

    private static IReadOnlyList<InputError> Edited(Action<Editor> edit) => ErrorsOf(Edit(Valid(), edit));

    private static IReadOnlyList<InputError> ErrorsAfter(string input) => input switch
    {
        "unknown column" => Edited(e => e.Set("单位", "M1", "备注")),
        "repeated column" => Edited(e => e.Set("单位", "M1", "单位名称")),
        "missing column" => Edited(e => e.Set("查摆问题", "H1", null)),
        "missing sheet" => Edited(e => e.RemoveSheet("单位")),
        "item without name" => Edited(e => e.Set("活动", "B9", "王")),
        "unknown item" => Edited(e => e.Set("活动", "A9", "负责人").Set("活动", "B9", "王")),
        "repeated item" => Edited(e => e.Set("活动", "A9", "活动名称").Set("活动", "B9", "另一个名称")),
        "Excel error" => Edited(e => e.Set("单位", "B2", new ExcelError("#N/A"))),
        "evidence without id" => Edited(e => e.Set("整改佐证", "A2", null)),
        "evidence of unknown id" => Edited(e => e.Set("整改佐证", "A2", "R-9")),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    /// <summary>No English word but the arguments (ids, cells, headers, values as written), the format's field and enum names,
    /// and the few names a clerk knows (Excel, .xlsx); full-width punctuation outside the arguments.</summary>
    private static void ShouldBeChinese(InputError error)
    {
        var zh = error.GetMessage(Chinese);
        zh.Should().NotBe(error.Message);
        var rest = zh;
        foreach (var argument in error.Arguments.Where(a => a.Length > 0).OrderByDescending(a => a.Length))
        {
            rest = rest.Replace(argument, " ", StringComparison.Ordinal);
        }

        var allowed = DatasetReaderErrorTests.FormatWords();
        foreach (Match word in Word().Matches(rest))
        {
            allowed.Should().Contain(word.Value, $"'{word.Value}' in the Chinese message of {error.Code}: {zh}");
        }

        Regex.Replace(rest, "“[^”]*”", " ").Should().NotContainAny([",", ";", ":", "(", ")"], $"the Chinese message of {error.Code} uses full-width punctuation: {zh}");
        error.ToString(Chinese).Should().EndWith("：" + zh);
    }

    [GeneratedRegex("[A-Za-z][A-Za-z0-9]*")]
    private static partial Regex Word();
}
