using Campaign.Domain.Input;
using Campaign.Domain.Serialization;
using static Campaign.Domain.Tests.Workbooks.LedgerWorkbooks;

namespace Campaign.Domain.Tests.Workbooks;

/// <summary>Every class of invalid input of campaign-dataset/1 (those of CampaignDatasetReaderTests), made in a workbook:
/// each error names the cell as well as the JSON path, and the message is the JSON reader's.</summary>
public class CampaignWorkbookReaderErrorTests
{
    private static IReadOnlyList<InputError> ErrorsAfter(Action<Editor> edit) => ErrorsOf(Edit(Valid(), edit));

    private static void ShouldBeOnly(IReadOnlyList<InputError> errors, string cell, string path, string message)
    {
        errors.Should().ContainSingle();
        errors[0].Cell.Should().Be(cell);
        errors[0].Path.Should().Be(path);
        errors[0].Message.Should().Contain(message);
        errors[0].Line.Should().BeNull("a line of the document built in memory means nothing to the user");
        errors[0].ToString().Should().StartWith(cell + " (" + path + "): ");
    }

    [Fact]
    public void Valid_TheWorkbookOfTheValidDocument_IsRead()
    {
        var dataset = Read(Valid());

        dataset.Problems.Should().HaveCount(2);
        dataset.Rectifications[0].Evidence.Should().ContainSingle().Which.Reference.Should().Be("1号");
    }

    [Theory]
    [InlineData("单位", "B2", "$.units[0].name")]
    [InlineData("人员", "D3", "$.people[1].role")]
    [InlineData("查摆问题", "C2", "$.problems[0].owner")]
    [InlineData("查摆问题", "K3", "$.problems[1].identifiedOn")]
    [InlineData("整改事项", "C3", "$.rectifications[1].measure")]
    [InlineData("活动", "B2", "$.campaign.name")]
    public void MissingRequiredValue_IsReportedAtItsCell(string sheet, string cell, string path)
    {
        var errors = ErrorsAfter(e => e.Set(sheet, cell, null));

        ShouldBeOnly(errors, sheet + "!" + cell, path, "missing");
    }

    [Fact]
    public void UnknownColumn_IsReportedAtItsHeaderCellWithTheKnownColumns()
    {
        var errors = ErrorsAfter(e => e.Set("单位", "M1", "备注"));

        ShouldBeOnly(errors, "单位!M1", "$", "unknown column '备注'");
        errors[0].Message.Should().Contain("单位名称");
    }

    [Fact]
    public void UnknownItemOnTheCampaignSheet_IsReportedAtItsCell()
    {
        var errors = ErrorsAfter(e => e.Set("活动", "A9", "负责人").Set("活动", "B9", "王"));

        ShouldBeOnly(errors, "活动!A9", "$", "unknown item '负责人'");
    }

    [Theory]
    [InlineData("整改事项", "L2", "很满意", "$.rectifications[0].evaluation.satisfiedRate", "expected a number")]
    [InlineData("整改事项", "M2", 10.5, "$.rectifications[0].evaluation.respondents", "whole number")]
    [InlineData("单位", "L3", "也许", "$.units[1].weakLax.hasPlan", "true or false")]
    [InlineData("意见建议", "F2", 20140320.0, "$.opinions[0].receivedOn", "yyyy-MM-dd")]
    public void ValueOfTheWrongType_IsReportedAtItsCell(string sheet, string cell, object value, string path, string message)
    {
        var errors = ErrorsAfter(e => e.Set(sheet, cell, value));

        ShouldBeOnly(errors, sheet + "!" + cell, path, message);
    }

    [Fact]
    public void ValueOutsideItsEnum_ListsTheDatasetNamesAndTheChineseLabels()
    {
        var errors = ErrorsAfter(e => e.Set("查摆问题", "E3", "作风问题"));

        ShouldBeOnly(errors, "查摆问题!E3", "$.problems[1].category", "'作风问题' is not allowed");
        errors[0].Message.Should().Contain("fourWinds").And.Contain("四风问题 (fourWinds)");
    }

    [Fact]
    public void FourWindOutsideItsEnum_IsReportedAtTheListCell()
    {
        var errors = ErrorsAfter(e => e.Set("查摆问题", "F2", "形式主义、懒政"));

        ShouldBeOnly(errors, "查摆问题!F2", "$.problems[0].fourWinds[1]", "'懒政' is not allowed");
    }

    [Theory]
    [InlineData("2014-02-30", "not a calendar date")]
    [InlineData("2014-13-01", "not a calendar date")]
    [InlineData("三月二十日", "yyyy-MM-dd")]
    public void ImpossibleDate_IsReportedAtItsCell(string date, string message)
    {
        var errors = ErrorsAfter(e => e.Set("意见建议", "F2", date));

        ShouldBeOnly(errors, "意见建议!F2", "$.opinions[0].receivedOn", message);
    }

    [Fact]
    public void DuplicateId_IsReportedAtTheSecondRowNamingTheFirstRowsCell()
    {
        var errors = ErrorsAfter(e => e.Set("人员", "A3", "P-1"));

        errors.Should().Contain(error => error.Cell == "人员!A3" && error.Path == "$.people[1].id" && error.Message.Contains("人员!A2"));
    }

    [Theory]
    [InlineData("单位", "E3", "$.units[1].parentId")]
    [InlineData("单位", "K3", "$.units[1].weakLax.firstSecretaryId")]
    [InlineData("人员", "C3", "$.people[1].unitId")]
    [InlineData("意见建议", "B2", "$.opinions[0].unitId")]
    [InlineData("意见建议", "C2", "$.opinions[0].targetPersonId")]
    [InlineData("意见建议", "H2", "$.opinions[0].claimedById")]
    [InlineData("查摆问题", "B2", "$.problems[0].unitId")]
    [InlineData("查摆问题", "D3", "$.problems[1].owner.personId")]
    [InlineData("整改事项", "B3", "$.rectifications[1].problemIds[0]")]
    [InlineData("整改事项", "E2", "$.rectifications[0].responsiblePersonId")]
    [InlineData("整改事项", "F2", "$.rectifications[0].responsibleUnitId")]
    public void DanglingReference_IsReportedAtItsCellForEveryReferenceColumn(string sheet, string cell, string path)
    {
        var errors = ErrorsAfter(e => e.Set(sheet, cell, "X-9"));

        errors.Should().Contain(error => error.Cell == sheet + "!" + cell && error.Path == path && error.Message.Contains("'X-9'"));
    }

    [Fact]
    public void DanglingOpinionInAList_IsReportedAtTheListCell()
    {
        var errors = ErrorsAfter(e => e.Set("查摆问题", "J2", "O-1、O-9"));

        ShouldBeOnly(errors, "查摆问题!J2", "$.problems[0].opinionIds[1]", "'O-9'");
    }

    [Fact]
    public void ParentChainThatLoops_IsReportedAtTheParentCell()
    {
        var errors = ErrorsAfter(e => e.Set("单位", "E2", "U-2"));

        ShouldBeOnly(errors, "单位!E2", "$.units[0].parentId", "loop");
    }

    [Fact]
    public void IndividualOwnerOfAnotherUnit_IsReportedAtThePersonCell()
    {
        var errors = ErrorsAfter(e => e.Set("查摆问题", "D3", "P-2"));

        ShouldBeOnly(errors, "查摆问题!D3", "$.problems[1].owner.personId", "P-2");
    }

    [Fact]
    public void FourWindsOnAnotherCategory_IsReportedAtTheFourWindsCell()
    {
        var errors = ErrorsAfter(e => e.Set("查摆问题", "E2", "工作问题"));

        ShouldBeOnly(errors, "查摆问题!F2", "$.problems[0].fourWinds", "fourWinds");
    }

    [Fact]
    public void CompletedOnMissingForACompletedItem_IsReportedAtItsCell()
    {
        var errors = ErrorsAfter(e => e.Set("整改事项", "I2", null));

        ShouldBeOnly(errors, "整改事项!I2", "$.rectifications[0].completedOn", "required");
    }

    [Fact]
    public void CompletedOnOfAnUnfinishedItem_IsReportedAtItsCell()
    {
        var errors = ErrorsAfter(e => e.Set("整改事项", "I3", new DateOnly(2014, 6, 1)));

        ShouldBeOnly(errors, "整改事项!I3", "$.rectifications[1].completedOn", "not allowed");
    }

    [Theory]
    [InlineData(1.5, "outside 0..1")]
    [InlineData(-0.1, "outside 0..1")]
    [InlineData(null, "required")]
    public void SatisfiedRateOutOfRangeOrMissingForTheMasses_IsReportedAtItsCell(object? rate, string message)
    {
        var errors = ErrorsAfter(e => e.Set("整改事项", "L2", rate));

        ShouldBeOnly(errors, "整改事项!L2", "$.rectifications[0].evaluation.satisfiedRate", message);
    }

    [Fact]
    public void NegativeRespondents_IsReportedAtItsCell()
    {
        var errors = ErrorsAfter(e => e.Set("整改事项", "M2", -1));

        ShouldBeOnly(errors, "整改事项!M2", "$.rectifications[0].evaluation.respondents", "negative");
    }

    [Fact]
    public void EmptyProblemIds_IsReportedAtItsCell()
    {
        var errors = ErrorsAfter(e => e.Set("整改事项", "B2", "、"));

        ShouldBeOnly(errors, "整改事项!B2", "$.rectifications[0].problemIds", "at least one");
    }

    [Theory]
    [InlineData("活动", "B5", "$.campaign.end")]
    [InlineData("单位", "G2", "$.units[0].education.end")]
    public void PeriodEndingBeforeItsStart_IsReportedAtTheEndCell(string sheet, string cell, string path)
    {
        var errors = ErrorsAfter(e => e.Set(sheet, cell, new DateOnly(2014, 2, 1)));

        ShouldBeOnly(errors, sheet + "!" + cell, path, "before the start");
    }

    [Fact]
    public void FocusIdUnknownToTheCatalog_IsReportedAtItsCell()
    {
        var errors = ErrorsAfter(e => e.Set("查摆问题", "G2", "FP.X.01"));

        ShouldBeOnly(errors, "查摆问题!G2", "$.problems[0].focusId", "FP.X.01");
    }

    [Fact]
    public void FocusListUnknownToTheCatalog_IsReportedAtTheCampaignCell()
    {
        var errors = ErrorsAfter(e => e.Set("活动", "B7", "C、XX"));

        ShouldBeOnly(errors, "活动!B7", "$.campaign.focusLists[1]", "'XX'");
    }

    [Fact]
    public void WeakLaxWithoutItsDesignationDate_IsReportedAtTheDesignationCell()
    {
        var errors = ErrorsAfter(e => e.Set("单位", "H3", null));

        ShouldBeOnly(errors, "单位!H3", "$.units[1].weakLax.designatedOn", "missing");
    }

    [Fact]
    public void ExcelErrorValue_IsReportedAtItsCell()
    {
        var errors = ErrorsAfter(e => e.Set("单位", "B2", new ExcelError("#N/A")));

        errors.Should().Contain(error => error.Cell == "单位!B2" && error.Message.Contains("#N/A"));
    }

    [Fact]
    public void EvidenceOfAnUnknownRectification_IsReportedAtItsCell()
    {
        var errors = ErrorsAfter(e => e.Set("整改佐证", "A2", "R-9"));

        ShouldBeOnly(errors, "整改佐证!A2", "$", "'R-9'");
    }

    [Fact]
    public void EvidenceOfAnUnknownKind_IsReportedAtItsCellOnTheEvidenceSheet()
    {
        var errors = ErrorsAfter(e => e.Set("整改佐证", "B2", "录像"));

        ShouldBeOnly(errors, "整改佐证!B2", "$.rectifications[0].evidence[0].kind", "'录像'");
        errors[0].Message.Should().Contain("会议记录 (meetingMinutes)");
    }

    [Fact]
    public void ReorderedColumns_AreReadByTheirHeadersAndErrorsNameTheirActualCells()
    {
        var workbook = Edit(Valid(), e => e
            .Set("人员", "B1", "所在单位编号").Set("人员", "C1", "姓名")
            .Set("人员", "B2", "U-1").Set("人员", "C2", "王")
            .Set("人员", "B3", "U-9").Set("人员", "C3", "李"));

        var errors = ErrorsOf(workbook);

        ShouldBeOnly(errors, "人员!B3", "$.people[1].unitId", "'U-9'");
    }

    [Fact]
    public void SeveralErrors_AreAllListedEachWithItsCell()
    {
        var errors = ErrorsAfter(e => e.Set("单位", "B2", null).Set("查摆问题", "E3", "作风问题").Set("整改事项", "E2", "P-9"));

        errors.Select(error => error.Cell).Should().Equal("单位!B2", "查摆问题!E3", "整改事项!E2");
    }

    [Fact]
    public void MoreErrorsThanTheLimit_ListsTheLimitAndCountsTheRest()
    {
        var workbook = Edit(Valid(), e => e.Set("单位", "B2", null).Set("人员", "B2", null).Set("人员", "B3", null));

        var read = () => Read(workbook, new DatasetReadOptions(maxErrors: 2));

        var refused = read.Should().Throw<DatasetValidationException>().Which;
        refused.Errors.Select(error => error.Cell).Should().Equal("单位!B2", "人员!B2");
        refused.ErrorCount.Should().Be(3);
    }

    [Fact]
    public void NotAZip_IsRefusedAsNotAWorkbook()
    {
        var errors = ErrorsOf("{\"format\": \"campaign-dataset/1\"}"u8.ToArray());

        errors.Should().ContainSingle().Which.Message.Should().Contain("not an Excel workbook");
    }

    [Fact]
    public void MissingSheet_IsRefusedNamingTheSheet()
    {
        var errors = ErrorsOf(Edit(Valid(), e => e.RemoveSheet("单位")));

        errors.Should().ContainSingle();
        errors[0].Cell.Should().Be("单位");
        errors[0].Message.Should().Contain("no sheet named '单位'");
    }

    [Fact]
    public void MissingRequiredColumn_IsRefusedAtTheHeaderRow()
    {
        var errors = ErrorsOf(Edit(Valid(), e => e.Set("查摆问题", "H1", null)));

        errors.Should().ContainSingle();
        errors[0].Cell.Should().Be("查摆问题!1:1");
        errors[0].Message.Should().Contain("'问题内容' (text)");
    }

    [Fact]
    public void OptionalSheetsMissing_AreEmptyCollections()
    {
        var workbook = Edit(Valid(), e => e.RemoveSheet("整改佐证").RemoveSheet("整改事项").RemoveSheet("查摆问题").RemoveSheet("意见建议"));

        var dataset = Read(workbook);

        dataset.Units.Should().HaveCount(2);
        dataset.Problems.Should().BeEmpty();
        dataset.Rectifications.Should().BeEmpty();
    }
}
