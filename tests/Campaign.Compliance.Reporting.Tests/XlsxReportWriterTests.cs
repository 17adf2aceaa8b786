using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting.Tests.Builders;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Campaign.Compliance.Reporting.Tests;

public sealed class XlsxReportWriterTests
{
    [Theory]
    [InlineData(ReportLanguage.En)]
    [InlineData(ReportLanguage.Zh)]
    public void Write_FindingsSheet_MatchesTheJsonReportFindingByFinding(ReportLanguage language)
    {
        var report = TestFiles.Report;
        var sheets = ReportFiles.ReadXlsx(ReportFiles.Bytes(ReportFormat.Xlsx, language, report, TestFiles.Dataset));
        var names = XlsxReportWriter.SheetNames(language);
        var rows = sheets[names[1]];
        var column = FindingColumn.All.Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i);

        sheets.Keys.Should().Equal(names);
        rows[0].Should().Equal(FindingColumn.All.Select(c => c.Header(language)), "the header row is in the report language and the columns are the CSV's");
        var fromSheet = rows.Skip(1)
            .Select(r => (r[column["ruleId"]], ReportFiles.WireSeverity(r[column["severity"]], language), ReportFiles.WireSubjectType(r[column["subjectType"]], language),
                r[column["subjectId"]], r[column["unitId"]]))
            .ToList();
        fromSheet.Should().BeEquivalentTo(ReportFiles.JsonFindings(report));
    }

    [Fact]
    public void Write_FindingsSheet_HasTheSameCellsAsTheCsv()
    {
        var report = TestFiles.Report;
        var sheet = ReportFiles.ReadXlsx(ReportFiles.Bytes(ReportFormat.Xlsx, ReportLanguage.Zh, report, TestFiles.Dataset))["核查发现"];
        var csv = ReportFiles.ParseCsv(new CsvReportWriter(ReportLanguage.Zh).WriteToString(report, TestFiles.Dataset).TrimStart('\uFEFF'));
        var deadline = FindingColumn.All.ToList().FindIndex(c => c.Key == "deadline");

        sheet.Should().HaveCount(csv.Count);
        for (var r = 0; r < csv.Count; r++)
        {
            var cells = sheet[r].Concat(Enumerable.Repeat(string.Empty, csv[r].Length - sheet[r].Count)).ToArray();
            for (var c = 0; c < csv[r].Length; c++)
            {
                var expected = r > 0 && c == deadline && csv[r][c].Length > 0
                    ? (DateOnly.Parse(csv[r][c], System.Globalization.CultureInfo.InvariantCulture).DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : csv[r][c];
                cells[c].Should().Be(expected, $"row {r}, column {FindingColumn.All[c].Key}");
            }
        }
    }

    [Fact]
    public void Write_FindingsSheet_FrozenHeaderAutoFilterDatesAndSeverityFills()
    {
        var bytes = ReportFiles.Bytes(ReportFormat.Xlsx, ReportLanguage.Zh, TestFiles.Report, TestFiles.Dataset);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "核查发现");
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var deadlineColumn = FindingColumn.All.ToList().FindIndex(c => c.Key == "deadline");
        var severityColumn = FindingColumn.All.ToList().FindIndex(c => c.Key == "severity");
        var rows = worksheet.Descendants<Row>().ToList();

        var pane = worksheet.Descendants<Pane>().Single();
        pane.State!.Value.Should().Be(PaneStateValues.Frozen);
        pane.TopLeftCell!.Value.Should().Be("A2");
        worksheet.Elements<AutoFilter>().Single().Reference!.Value.Should().Be($"A1:N{rows.Count}");
        worksheet.Descendants<Column>().Should().OnlyContain(c => c.Width! > 5);

        var dated = rows.Skip(1).SelectMany(r => r.Elements<Cell>()).Where(c => ReportFiles.ColumnIndex(c.CellReference!.Value!) == deadlineColumn).ToList();
        dated.Should().NotBeEmpty();
        foreach (var cell in dated)
        {
            cell.DataType.Should().BeNull("a date is a number");
            var format = formats[(int)cell.StyleIndex!.Value];
            styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value.Should().Be("yyyy-mm-dd");
        }

        var fills = rows.Skip(1)
            .Select(r => r.Elements<Cell>().Single(c => ReportFiles.ColumnIndex(c.CellReference!.Value!) == severityColumn))
            .GroupBy(c => c.InlineString!.InnerText)
            .ToDictionary(g => g.Key, g => g.Select(c => formats[(int)c.StyleIndex!.Value].FillId!.Value).Distinct().Single());
        fills.Keys.Should().BeEquivalentTo(["高", "中", "低"]);
        fills.Values.Should().OnlyHaveUniqueItems("each severity has its own colour").And.NotContain(0U);
    }

    [Fact]
    public void Write_SummarySheet_CountsBySeverityFamilyAndRule()
    {
        var report = TestFiles.Report;
        var summary = ReportFiles.ReadXlsx(ReportFiles.Bytes(ReportFormat.Xlsx, ReportLanguage.En, report, TestFiles.Dataset))["Summary"];
        string Value(string label) => summary.First(r => r.Count > 1 && r[0] == label)[1];

        Value("Dataset").Should().Be(report.Dataset.Name);
        Value("high").Should().Be(report.CountBySeverity.GetValueOrDefault(FindingSeverity.High).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Value("Total").Should().Be(report.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Value("overdue").Should().Be(report.CountByFamily.GetValueOrDefault(Catalog.RuleFamily.Overdue).ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (ruleId, count) in report.CountByRule)
        {
            summary.Single(r => r.Count > 0 && r[0] == ruleId)[^1].Should().Be(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Write_MatrixSheet_EveryUnitInHierarchyOrderWithCountsPerFamily()
    {
        var report = TestFiles.Report;
        var matrix = ReportFiles.ReadXlsx(ReportFiles.Bytes(ReportFormat.Xlsx, ReportLanguage.Zh, report, TestFiles.Dataset))["单位×类别"];

        matrix.Skip(1).Select(r => r[1]).Should().Equal(UnitOrder.Of(TestFiles.Dataset, ReportLanguage.Zh).UnitIds);
        foreach (var row in matrix.Skip(1))
        {
            row[^1].Should().Be(report.CountByUnit.GetValueOrDefault(row[1]).ToString(System.Globalization.CultureInfo.InvariantCulture));
            row.Skip(2).Take(5).Sum(int.Parse).Should().Be(int.Parse(row[^1]), "the families add up to the unit's total");
        }
    }

    [Fact]
    public void WriteToString_IsRefused_TheWorkbookIsBinary()
    {
        var writer = ReportWriter.Create(ReportFormat.Xlsx);

        writer.IsText.Should().BeFalse();
        writer.Invoking(w => w.WriteToString(TestFiles.Report)).Should().Throw<NotSupportedException>().WithMessage("*Stream*");
    }

    [Theory]
    [InlineData(ReportLanguage.En)]
    [InlineData(ReportLanguage.Zh)]
    public void Write_IsAValidOfficeOpenXmlWorkbook(ReportLanguage language)
    {
        var bytes = ReportFiles.Bytes(ReportFormat.Xlsx, language, TestFiles.Report, TestFiles.Dataset);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        errors.Should().BeEmpty("Excel refuses or repairs a workbook that breaks the schema");
    }
}
