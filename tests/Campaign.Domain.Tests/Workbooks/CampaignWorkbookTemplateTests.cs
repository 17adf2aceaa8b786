using Campaign.Domain.Serialization;
using Campaign.Domain.Tests.Serialization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Campaign.Domain.Tests.Workbooks.LedgerWorkbooks;

namespace Campaign.Domain.Tests.Workbooks;

/// <summary>The empty ledger: its sheets, headers, drop-down lists and formats; filled in by code as a clerk would, it reads
/// as the dataset the clerk meant.</summary>
public class CampaignWorkbookTemplateTests
{
    private static readonly string[] Sheets = ["说明", "活动", "单位", "人员", "意见建议", "查摆问题", "整改事项", "整改佐证", "选项"];

    [Fact]
    public void Template_HasTheInstructionsTheRecordSheetsAndAHiddenOptionsSheet()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template()), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();

        sheets.Select(s => s.Name!.Value).Should().Equal(Sheets);
        sheets.Single(s => s.Name == "选项").State!.Value.Should().Be(SheetStateValues.Hidden);
    }

    [Theory]
    [InlineData("单位", "单位编号,单位名称,单位类型,层级,上级单位编号,集中教育开始日期,集中教育结束日期,软弱涣散认定日期,班子选配到位日期,整顿完成日期,第一书记编号,一村一策")]
    [InlineData("人员", "人员编号,姓名,所在单位编号,身份")]
    [InlineData("意见建议", "意见编号,单位编号,针对人员编号,征求渠道,意见内容,收到日期,认领日期,认领人编号,反馈日期")]
    [InlineData("查摆问题", "问题编号,单位编号,问题层面,责任人编号,问题类别,四风,重点问题编号,问题内容,问题来源,来源意见编号,查摆日期,严重程度")]
    [InlineData("整改事项", "整改编号,问题编号,整改措施,整改方式,责任人编号,责任单位编号,整改时限,整改状态,完成日期,评议方式,评议日期,满意率,参评人数")]
    [InlineData("整改佐证", "整改编号,佐证类型,佐证材料")]
    public void Template_RecordSheet_HasTheChineseHeadersAFrozenHeaderAndAFilter(string sheet, string headers)
    {
        var expected = headers.Split(',');
        Edit(Template(), e =>
        {
            var row = e.SheetData(sheet).Elements<Row>().Single();
            row.Elements<Cell>().Select(c => e.Get(sheet, c.CellReference!.Value!)).Should().Equal(expected);
            var worksheet = e.Worksheet(sheet);
            worksheet.Descendants<Pane>().Single().State!.Value.Should().Be(PaneStateValues.Frozen);
            worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value.Should().Be("A1:" + (char)('A' + expected.Length - 1) + "1");
        });
    }

    [Theory]
    [InlineData("单位", "C2:C1048576", "'选项'!$B$2:$B$15")]
    [InlineData("单位", "L2:L1048576", "'选项'!$O$2:$O$3")]
    [InlineData("查摆问题", "E2:E1048576", "'选项'!$G$2:$G$7")]
    [InlineData("整改事项", "H2:H1048576", "'选项'!$L$2:$L$5")]
    [InlineData("整改佐证", "B2:B1048576", "'选项'!$M$2:$M$6")]
    [InlineData("活动", "B3", "'选项'!$A$2:$A$3")]
    public void Template_EnumerationColumn_HasADropDownOfItsChineseLabels(string sheet, string range, string formula)
    {
        Edit(Template(), e =>
        {
            var validation = e.Worksheet(sheet).Descendants<DataValidation>().Single(v => v.SequenceOfReferences!.InnerText == range);
            validation.Type!.Value.Should().Be(DataValidationValues.List);
            validation.Formula1!.Text.Should().Be(formula);
            var column = formula.Split('$')[1];
            var first = int.Parse(formula.Split('$')[2].TrimEnd(':'));
            e.Get("选项", column + first).Should().NotBeNullOrEmpty();
        });
    }

    [Fact]
    public void Template_OptionsSheet_ListsTheLabelsOfEachEnumeration()
    {
        Edit(Template(), e =>
        {
            e.Get("选项", "L1").Should().Be("整改状态");
            new[] { "L2", "L3", "L4", "L5" }.Select(cell => e.Get("选项", cell)).Should().Equal("尚未启动", "正在整改", "整改完毕", "验收销号");
        });
    }

    [Fact]
    public void Template_DateColumns_AreFormattedAsDates()
    {
        Edit(Template(), e =>
        {
            var formats = e.Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
            var dateFormat = e.Workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.FormatCode == "yyyy-mm-dd").NumberFormatId!.Value;
            var columns = e.Worksheet("查摆问题").Descendants<Column>().ToList();
            formats[(int)columns[10].Style!.Value].NumberFormatId!.Value.Should().Be(dateFormat, "查摆日期 is column K");
            formats[(int)columns[7].Style!.Value].NumberFormatId!.Value.Should().NotBe(dateFormat, "问题内容 is text");
        });
    }

    [Fact]
    public void Template_InstructionsSheet_ExplainsEveryColumnOfEverySheet()
    {
        Edit(Template(), e =>
        {
            var texts = e.SheetData("说明").Descendants<Cell>().Select(c => e.Get("说明", c.CellReference!.Value!)).ToList();
            texts.Should().Contain(new[] { "查摆问题", "责任人编号", "owner.personId", "整改佐证", "满意率", "evaluation.satisfiedRate", "限期整改", "scheduled" });
            texts.Should().Contain(t => t != null && t.Contains("PR#17"));
        });
    }

    [Fact]
    public void Template_FilledInByCode_ReadsAsTheDatasetTheClerkMeant()
    {
        var workbook = Edit(Template(), e => e
            .Set("活动", "B2", "测试活动").Set("活动", "B3", "第二批").Set("活动", "B4", new DateOnly(2014, 3, 1)).Set("活动", "B5", "2014/9/30")
            .Set("活动", "B7", "C，WD")

            // Units: labels, a date typed as text in Chinese, one blank id.
            .Set("单位", "A2", "U-1").Set("单位", "B2", "区委").Set("单位", "C2", "市县领导机关、班子和领导干部").Set("单位", "D2", "县级")
            .Set("单位", "F2", new DateOnly(2014, 3, 10)).Set("单位", "G2", "2014年6月30日")
            .Set("单位", "B3", "社区").Set("单位", "C3", "villageOrCommunity").Set("单位", "D3", "村级").Set("单位", "E3", "U-1")
            .Set("单位", "H3", "2014-03-20").Set("单位", "K3", "P-2").Set("单位", "L3", "否")

            .Set("人员", "A2", "P-1").Set("人员", "B2", "王").Set("人员", "C2", "U-1").Set("人员", "D2", "主要负责同志")
            .Set("人员", "A3", "P-2").Set("人员", "B3", "李").Set("人员", "C3", "U#3").Set("人员", "D3", "member")

            .Set("意见建议", "A2", "O-1").Set("意见建议", "B2", "U-1").Set("意见建议", "C2", "P-1").Set("意见建议", "D2", "会议座谈")
            .Set("意见建议", "E2", "会多").Set("意见建议", "F2", new DateOnly(2014, 3, 20)).Set("意见建议", "G2", "2014-03-25").Set("意见建议", "H2", "P-1")

            .Set("查摆问题", "A2", "PR-1").Set("查摆问题", "B2", "U-1").Set("查摆问题", "C2", "班子").Set("查摆问题", "E2", "四风问题")
            .Set("查摆问题", "F2", "形式主义").Set("查摆问题", "G2", "FP.C.CTY.02").Set("查摆问题", "H2", "会多").Set("查摆问题", "I2", "征求意见")
            .Set("查摆问题", "J2", "O-1").Set("查摆问题", "K2", new DateOnly(2014, 4, 10))
            .Set("查摆问题", "A4", "PR-2").Set("查摆问题", "B4", "U-1").Set("查摆问题", "C4", "个人").Set("查摆问题", "D4", "P-1")
            .Set("查摆问题", "E4", "工作问题").Set("查摆问题", "H4", "任务").Set("查摆问题", "I4", "自己查摆").Set("查摆问题", "K4", "2014-04-12")
            .Set("查摆问题", "L4", "严重")

            .Set("整改事项", "A2", "R-1").Set("整改事项", "B2", "PR-1").Set("整改事项", "C2", "精简").Set("整改事项", "D2", "限期整改")
            .Set("整改事项", "E2", "P-1").Set("整改事项", "F2", "U-1").Set("整改事项", "G2", new DateOnly(2014, 6, 30)).Set("整改事项", "H2", "整改完毕")
            .Set("整改事项", "I2", new DateOnly(2014, 6, 20)).Set("整改事项", "J2", "群众评议").Set("整改事项", "K2", "2014-07-01")
            .Set("整改事项", "L2", "90%").Set("整改事项", "M2", 10)
            .Set("整改事项", "B3", "PR-2").Set("整改事项", "C3", "推进").Set("整改事项", "D3", "立行立改").Set("整改事项", "H3", "正在整改")

            .Set("整改佐证", "A2", "R-1").Set("整改佐证", "B2", "文件").Set("整改佐证", "C2", "1号"));

        var dataset = Read(workbook);

        var expected = DatasetDocuments.Read(DatasetDocuments.Change(
            ("\"id\": \"U-2\"", "\"id\": \"U#3\""), ("\"unitId\": \"U-2\"", "\"unitId\": \"U#3\""), ("\"id\": \"R-2\"", "\"id\": \"R#3\"")));
        DatasetDocuments.Write(dataset).Should().Equal(DatasetDocuments.Write(expected));
    }

    [Fact]
    public void BlankIds_AreTheSheetsPrefixAndTheRow()
    {
        var workbook = Edit(Valid(), e => e.Set("人员", "A3", null).Set("单位", "K3", "P#3").Set("意见建议", "A2", null).Set("查摆问题", "J2", "O#2").Set("整改事项", "A3", null));

        var dataset = Read(workbook);

        dataset.People.Select(p => p.Id).Should().Equal("P-1", "P#3");
        dataset.Units[1].WeakLax!.FirstSecretaryId.Should().Be("P#3");
        dataset.Opinions[0].Id.Should().Be("O#2");
        dataset.Problems[0].OpinionIds.Should().Equal("O#2");
        dataset.Rectifications[1].Id.Should().Be("R#3");
    }

    [Fact]
    public void BlankIdEqualToAFilledOne_IsReportedAsADuplicateAtItsRow()
    {
        var workbook = Edit(Valid(), e => e.Set("人员", "A2", "P#3").Set("单位", "K3", "P#3").Set("人员", "A3", null));

        var errors = ErrorsOf(workbook);

        errors.Should().Contain(error => error.Cell == "人员!A3" && error.Message.Contains("人员!A2"));
    }

    [Fact]
    public void EmptyRows_AreSkippedAndErrorsStillNameTheRealRow()
    {
        var workbook = Edit(Valid(), e => e
            .Set("人员", "A5", "P-3").Set("人员", "B5", "张").Set("人员", "C5", "U-9").Set("人员", "D5", "普通党员"));

        var errors = ErrorsOf(workbook);

        errors.Should().ContainSingle().Which.Cell.Should().Be("人员!C5");
    }

    [Fact]
    public void CellsOfEveryType_AreRead()
    {
        var workbook = Edit(Valid(), e => e
            .Set("人员", "B2", 1001)                       // a number in a text column
            .Set("单位", "L3", true)                       // a real boolean
            .Set("整改事项", "M2", "12")                   // a number typed as text
            .Set("查摆问题", "K2", 41739));                // a date as its serial number

        var dataset = Read(workbook);

        dataset.People[0].Name.Should().Be("1001");
        dataset.Units[1].WeakLax!.HasPlan.Should().BeTrue();
        dataset.Rectifications[0].Evaluation!.Respondents.Should().Be(12);
        dataset.Problems[0].IdentifiedOn.Should().Be(new DateOnly(2014, 4, 10));
    }
}
