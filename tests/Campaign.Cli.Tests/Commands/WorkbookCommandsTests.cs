using Campaign.Cli.Tests.Builders;
using Campaign.Domain.Serialization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Campaign.Cli.Tests.Commands;

/// <summary><c>template</c>, <c>convert</c>, and <c>check</c>/<c>validate</c> on a ledger workbook.</summary>
public sealed class WorkbookCommandsTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Template_WritesTheLedgerWorkbookWithEverySheet()
    {
        var path = _files.Path_("台账.xlsx");

        var result = CliRunner.Run("template", "--output", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        using var document = SpreadsheetDocument.Open(path, false);
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value)
            .Should().Equal("说明", "活动", "单位", "人员", "意见建议", "查摆问题", "整改事项", "整改佐证", "选项");
    }

    [Fact]
    public void Template_ToAFileNotNamedXlsx_IsRefused()
    {
        var path = _files.Path_("台账.json");

        var result = CliRunner.Run("template", "--output", path);

        ValidateCommandTests.AssertRejected(result, "name the file .xlsx");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void Validate_TheEmptyTemplate_NamesTheCellsOfTheCampaignToFillIn()
    {
        var path = _files.Path_("台账.xlsx");
        CliRunner.Run("template", "--output", path);

        var result = CliRunner.Run("validate", path);

        ValidateCommandTests.AssertRejected(result, "活动!B2 ($.campaign.name): ");
        result.Stderr.Should().Contain("活动!B3 ($.campaign.batch)");
    }

    [Fact]
    public void Convert_JsonToWorkbookToJson_GivesTheJsonTheWriterWrites()
    {
        var workbook = _files.Path_("district.xlsx");
        var back = _files.Path_("back.json");
        var canonical = _files.Path_("canonical.json");

        var toWorkbook = CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", workbook);
        var toJson = CliRunner.Run("convert", workbook, "--output", back);
        CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", canonical);

        toWorkbook.ExitCode.Should().Be(0, toWorkbook.Stderr);
        toJson.ExitCode.Should().Be(0, toJson.Stderr);
        File.ReadAllBytes(back).Should().Equal(File.ReadAllBytes(canonical));
        File.ReadAllBytes(canonical).Should().Equal(Canonical(TestFiles.DistrictSmall));
    }

    [Fact]
    public void Convert_ToAnUnknownExtension_IsRefusedBeforeReading()
    {
        var result = CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", _files.Path_("out.txt"));

        ValidateCommandTests.AssertRejected(result, "name it .xlsx");
    }

    [Fact]
    public void Convert_AnInvalidWorkbook_WritesNothingAndNamesTheCell()
    {
        var workbook = WorkbookWith("查摆问题", "E3", "作风问题");
        var output = _files.Path_("out.json");

        var result = CliRunner.Run("convert", workbook, "--output", output);

        ValidateCommandTests.AssertRejected(result, "查摆问题!E3 ($.problems[1].category): ");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Validate_AWorkbook_PrintsValidAndItsCounts()
    {
        var workbook = _files.Path_("district.xlsx");
        CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", workbook);

        var result = CliRunner.Run("validate", workbook);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("5 units, 6 people, 4 opinions, 13 problems, 9 rectifications");
    }

    [Fact]
    public void Validate_AWorkbookSavedUnderAnotherName_IsRecognisedByItsContent()
    {
        var workbook = _files.Path_("district.xlsx");
        CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", workbook);
        var renamed = _files.Path_("district.ledger");
        File.Copy(workbook, renamed);

        var result = CliRunner.Run("validate", renamed);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("13 problems");
    }

    [Fact]
    public void Check_AWorkbook_GivesTheFindingsOfItsJson()
    {
        var workbook = _files.Path_("district.xlsx");
        CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", workbook);

        var fromWorkbook = CliRunner.Run("check", workbook, "--as-of", "2014-07-15", "--format", "json");
        var fromJson = CliRunner.Run("check", TestFiles.DistrictSmall, "--as-of", "2014-07-15", "--format", "json");

        fromWorkbook.ExitCode.Should().Be(0, fromWorkbook.Stderr);
        fromWorkbook.Stdout.Replace(workbook, "X", StringComparison.Ordinal).Replace("district.xlsx", "X", StringComparison.Ordinal)
            .Should().Be(fromJson.Stdout.Replace(TestFiles.DistrictSmall, "X", StringComparison.Ordinal).Replace("district-small.json", "X", StringComparison.Ordinal));
        fromWorkbook.Stdout.Should().Contain("\"ruleId\"");
    }

    [Fact]
    public void Check_NotAZipNamedXlsx_ExitsTwoSayingItIsNotAWorkbook()
    {
        var path = _files.Write("ledger.xlsx", "名称,类型\n区委,机关\n");

        var result = CliRunner.Run("check", path);

        ValidateCommandTests.AssertRejected(result, "not an Excel workbook");
    }

    [Fact]
    public void Check_AWorkbookWithoutTheUnitsSheet_ExitsTwoNamingTheSheet()
    {
        var workbook = _files.Path_("district.xlsx");
        CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", workbook);
        using (var document = SpreadsheetDocument.Open(workbook, true))
        {
            var part = document.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "单位");
            part.DeletePart(part.GetPartById(sheet.Id!));
            sheet.Remove();
            part.Workbook.DefinedNames?.Remove();
        }

        var result = CliRunner.Run("check", workbook);

        ValidateCommandTests.AssertRejected(result, "no sheet named '单位'");
    }

    [Fact]
    public void Validate_AWorkbookWithAWrongHeader_ExitsTwoNamingTheHeaderCell()
    {
        var workbook = WorkbookWith("人员", "B1", "名字");

        var result = CliRunner.Run("validate", workbook);

        ValidateCommandTests.AssertRejected(result, "人员!B1");
        result.Stderr.Should().Contain("unknown column '名字'").And.Contain("'姓名' (name) is missing");
    }

    [Fact]
    public void Validate_ABadWorkbookInChinese_PrintsEveryErrorInChineseWithTheChineseLabels()
    {
        var workbook = WorkbookWith("人员", "B1", "名字");
        var badValue = WorkbookWith("查摆问题", "E3", "作风问题");

        var header = CliRunner.Run("validate", workbook, "--lang", "zh");
        var value = CliRunner.Run("validate", badValue, "--lang", "zh");

        ValidateCommandTests.AssertRejected(header, "人员!B1（$）：未知的列“名字”；工作表“人员”的列为：人员编号、姓名、");
        header.Stderr.Should().Contain("人员!1:1（$）：表头中缺少必填列“姓名”（name）").And.NotContain("unknown column").And.NotContain("missing");
        ValidateCommandTests.AssertRejected(value, "查摆问题!E3（$.problems[1].category）：不允许的值“作风问题”；应为下列值之一：fourWinds、");
        value.Stderr.Should().Contain("；工作簿中可填：四风问题（fourWinds）、").And.NotContain("in the workbook").And.NotContain("is not allowed");
    }

    [Fact]
    public void TemplateAndConvert_WrongOutputNameInChinese_AreRefusedInChinese()
    {
        var template = CliRunner.Run("template", "--output", _files.Path_("台账.json"), "--lang", "zh");
        var convert = CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", _files.Path_("out.txt"), "--lang", "zh");

        ValidateCommandTests.AssertRejected(template, "模板是 Excel 工作簿，文件名请以 .xlsx 结尾");
        ValidateCommandTests.AssertRejected(convert, "台账工作簿请以 .xlsx 结尾，campaign-dataset/1 JSON 请以 .json 结尾");
        template.Stderr.Should().NotContain("name the file");
        convert.Stderr.Should().NotContain("name it");
    }

    [Fact]
    public void TemplateAndConvert_InChinese_SayWhatTheyWroteInChinese()
    {
        var template = _files.Path_("台账.xlsx");
        var json = _files.Path_("back.json");

        var wrote = CliRunner.Run("template", "--output", template, "--lang", "zh", "--verbose");
        var converted = CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", _files.Path_("district.xlsx"), "--lang", "zh");
        var back = CliRunner.Run("convert", _files.Path_("district.xlsx"), "--output", json, "--lang", "zh", "--verbose");

        wrote.ExitCode.Should().Be(0, wrote.Stderr);
        wrote.Stderr.Should().Contain("已写出台账模板 " + template);
        converted.ExitCode.Should().Be(0, converted.Stderr);
        back.Stderr.Should().Contain("转换为 " + json + "：单位 5 个，人员 6 名");
    }

    private static byte[] Canonical(string jsonPath)
    {
        using var stream = new MemoryStream();
        CampaignDatasetWriter.Write(CampaignDatasetReader.ReadFile(jsonPath), stream);
        return stream.ToArray();
    }

    /// <summary>The small example as a workbook with one cell set to an inline string.</summary>
    private string WorkbookWith(string sheetName, string reference, string text)
    {
        var workbook = _files.Path_(Guid.NewGuid().ToString("N") + ".xlsx");
        CliRunner.Run("convert", TestFiles.DistrictSmall, "--output", workbook);
        using var document = SpreadsheetDocument.Open(workbook, true);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
        var cell = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().First(c => c.CellReference == reference);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.Append(new InlineString(new Text(text)));
        return workbook;
    }
}
