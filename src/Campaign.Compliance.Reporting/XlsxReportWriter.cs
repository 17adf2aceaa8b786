using System.Globalization;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Campaign.Compliance.Reporting;

/// <summary>
/// Writes the report as an Excel workbook (Office Open XML, DocumentFormat.OpenXml) with three sheets, names and
/// headers in the report's language: a summary (dataset, as-of date, counts by severity, rule family and rule); the
/// findings, one row per finding with the columns of <see cref="FindingColumn.All"/> (frozen header row,
/// auto-filter, severity cells coloured, deadlines as real dates); and a units × rule-families matrix with every
/// unit of the dataset in hierarchy order (<see cref="UnitOrder"/>). The findings sheet is streamed, so a province
/// report is never held as a document tree. Binary: write it to a <see cref="Stream"/>.
/// </summary>
public sealed class XlsxReportWriter : ReportWriter
{
    // Cell formats (the order of CellFormats in the stylesheet).
    private const uint StyleHeader = 1;
    private const uint StyleDate = 2;
    private const uint StyleHigh = 3;
    private const uint StyleMedium = 4;
    private const uint StyleLow = 5;
    private const uint StyleWrap = 6;
    private const uint StyleTitle = 7;
    private const uint StyleBold = 8;
    private const uint StyleIndent = 9; // 9 + depth, depth 0..MaxIndent
    private const int MaxIndent = 6;

    /// <summary>Creates a writer.</summary>
    /// <param name="language">The language of sheet names, headers, names and messages.</param>
    public XlsxReportWriter(ReportLanguage language = ReportLanguage.En)
        : base(language)
    {
    }

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Xlsx;

    /// <inheritdoc/>
    public override bool IsText => false;

    /// <summary>The sheet names in <paramref name="language"/>: summary, findings, units × families.</summary>
    /// <param name="language">The report language.</param>
    public static IReadOnlyList<string> SheetNames(ReportLanguage language)
    {
        var text = ReportText.For(language);
        return [text.Summary, text.Findings, text.MatrixSheet];
    }

    /// <inheritdoc/>
    protected override void WriteCore(ComplianceReport report, CampaignDataset? dataset, TextWriter output) =>
        throw new NotSupportedException("The xlsx report is not text: write it to a Stream.");

    /// <inheritdoc/>
    protected override void WriteCore(ComplianceReport report, CampaignDataset? dataset, Stream output)
    {
        // The package is assembled where it can be read back and sought (the zip's central directory); a file
        // opened for writing only, or a pipe, gets the finished bytes.
        if (output.CanRead && output.CanSeek && output.Length == 0)
        {
            WritePackage(report, dataset, output);
            return;
        }

        using var buffer = new MemoryStream();
        WritePackage(report, dataset, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private void WritePackage(ComplianceReport report, CampaignDataset? dataset, Stream output)
    {
        var text = ReportText.For(Language);
        var names = SheetNames(Language);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        styles.Stylesheet.Save();

        var summary = workbook.AddNewPart<WorksheetPart>();
        WriteSummary(summary, report, dataset, text);
        var findings = workbook.AddNewPart<WorksheetPart>();
        var findingRows = WriteFindings(findings, report, dataset);
        var matrix = workbook.AddNewPart<WorksheetPart>();
        var matrixRows = WriteMatrix(matrix, report, dataset, text);

        var sheets = new Sheets(
            new Sheet { Id = workbook.GetIdOfPart(summary), SheetId = 1, Name = names[0] },
            new Sheet { Id = workbook.GetIdOfPart(findings), SheetId = 2, Name = names[1] },
            new Sheet { Id = workbook.GetIdOfPart(matrix), SheetId = 3, Name = names[2] });
        workbook.Workbook.Append(new BookViews(new WorkbookView { ActiveTab = 1 }));
        workbook.Workbook.Append(sheets);

        // Excel keeps the range of a sheet's auto-filter in this hidden name.
        var lastColumn = ColumnName(FindingColumn.All.Count - 1);
        var matrixLast = ColumnName(ReportNames.Families.Count + 2);
        workbook.Workbook.Append(new DefinedNames(
            FilterName(1, names[1], lastColumn, findingRows),
            FilterName(2, names[2], matrixLast, matrixRows)));
        workbook.Workbook.Save();
    }

    private static DefinedName FilterName(uint sheetIndex, string sheet, string lastColumn, int rows) =>
        new("'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'!$A$1:$" + lastColumn + "$" + rows.ToString(CultureInfo.InvariantCulture))
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = sheetIndex,
            Hidden = true,
        };

    private void WriteSummary(WorksheetPart part, ComplianceReport report, CampaignDataset? dataset, ReportText text)
    {
        using var xml = OpenXmlWriter.Create(part);
        xml.WriteStartElement(new Worksheet());
        xml.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 36, CustomWidth = true },
            new Column { Min = 3, Max = 4, Width = 12, CustomWidth = true },
            new Column { Min = 5, Max = 5, Width = 10, CustomWidth = true }));
        xml.WriteStartElement(new SheetData());
        var row = 0;
        var d = report.Dataset;
        WriteRow(xml, ++row, [Cell.Of(text.Title, StyleTitle)]);
        WriteRow(xml, ++row, [Cell.Of(text.Dataset, StyleBold), Cell.Of(d.Name)]);
        WriteRow(xml, ++row, [Cell.Of(text.AsOf, StyleBold), Cell.Of(report.AsOf)]);
        WriteRow(xml, ++row, [Cell.Of(text.Units, StyleBold), Cell.Of(d.Units)]);
        WriteRow(xml, ++row, [Cell.Of(text.People, StyleBold), Cell.Of(d.People)]);
        WriteRow(xml, ++row, [Cell.Of(text.Opinions, StyleBold), Cell.Of(d.Opinions)]);
        WriteRow(xml, ++row, [Cell.Of(text.Problems, StyleBold), Cell.Of(d.Problems)]);
        WriteRow(xml, ++row, [Cell.Of(text.Rectifications, StyleBold), Cell.Of(d.Rectifications)]);
        if (text.Narrowing(report, dataset) is { } narrowing)
        {
            WriteRow(xml, ++row, [Cell.Of(text.NarrowedTo, StyleBold), Cell.Of(narrowing)]);
        }
        row++;

        WriteRow(xml, ++row, [Cell.Of(text.BySeverity, StyleHeader), Cell.Of(text.Count, StyleHeader)]);
        foreach (var severity in ReportNames.SeveritiesDescending)
        {
            WriteRow(xml, ++row, [Cell.Of(text.Of(severity), SeverityStyle(severity)), Cell.Of(report.CountBySeverity.GetValueOrDefault(severity))]);
        }

        WriteRow(xml, ++row, [Cell.Of(text.Total, StyleBold), Cell.Of(report.Findings.Count, StyleBold)]);
        row++;

        WriteRow(xml, ++row, [Cell.Of(text.ByFamily, StyleHeader), Cell.Of(text.Count, StyleHeader)]);
        foreach (var family in ReportNames.Families)
        {
            WriteRow(xml, ++row, [Cell.Of(text.Of(family)), Cell.Of(report.CountByFamily.GetValueOrDefault(family))]);
        }

        row++;
        WriteRow(xml, ++row, [Cell.Of(text.RuleId, StyleHeader), Cell.Of(text.RuleTitle, StyleHeader), Cell.Of(text.Family, StyleHeader), Cell.Of(text.Severity, StyleHeader), Cell.Of(text.Count, StyleHeader)]);
        foreach (var (ruleId, count) in report.CountByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var rule = report.FindRule(ruleId);
            WriteRow(xml, ++row,
            [
                Cell.Of(ruleId),
                Cell.Of(rule?.Title(Language) ?? string.Empty),
                Cell.Of(rule is null ? string.Empty : text.Of(rule.Family)),
                Cell.Of(rule is null ? string.Empty : text.Of(rule.DefaultSeverity)),
                Cell.Of(count),
            ]);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private int WriteFindings(WorksheetPart part, ComplianceReport report, CampaignDataset? dataset)
    {
        var columns = FindingColumn.All;
        using var xml = OpenXmlWriter.Create(part);
        xml.WriteStartElement(new Worksheet());
        xml.WriteElement(FrozenHeader());
        var widths = new Columns();
        for (var i = 0; i < columns.Count; i++)
        {
            widths.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
        }

        xml.WriteElement(widths);
        xml.WriteStartElement(new SheetData());
        var header = new Cell[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            header[i] = Cell.Of(columns[i].Header(Language), StyleHeader);
        }

        WriteRow(xml, 1, header);
        var row = 1;
        var cells = new Cell[columns.Count];
        foreach (var finding in FindingRow.Of(report, dataset, Language))
        {
            row++;
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                if (column.IsDate)
                {
                    cells[i] = column.Date(finding) is { } date ? Cell.Of(date) : Cell.Empty;
                }
                else if (column.IsNumber)
                {
                    cells[i] = column.Number(finding) is { } number ? Cell.Of(number) : Cell.Empty;
                }
                else
                {
                    var style = column.Key switch
                    {
                        "severity" => SeverityStyle(finding.Finding.Severity),
                        "message" or "subjectText" => StyleWrap,
                        _ => 0u,
                    };
                    cells[i] = Cell.Of(column.Text(finding), style);
                }
            }

            WriteRow(xml, row, cells);
        }

        xml.WriteEndElement();
        xml.WriteElement(new AutoFilter { Reference = "A1:" + ColumnName(columns.Count - 1) + row.ToString(CultureInfo.InvariantCulture) });
        xml.WriteEndElement();
        return row;
    }

    private int WriteMatrix(WorksheetPart part, ComplianceReport report, CampaignDataset? dataset, ReportText text)
    {
        var families = ReportNames.Families;
        var counts = new Dictionary<(string, RuleFamily), int>();
        foreach (var finding in report.Findings)
        {
            var key = (finding.UnitId, finding.Rule.Family);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        // Every unit of the dataset (a clean one shows zeros), then any unit only findings name.
        var order = UnitOrder.Of(dataset, Language);
        var units = new List<string>(order.UnitIds);
        var known = new HashSet<string>(units, StringComparer.Ordinal);
        foreach (var unitId in report.CountByUnit.Keys.Where(u => !known.Contains(u)).OrderBy(u => u, StringComparer.Ordinal))
        {
            units.Add(unitId);
        }

        using var xml = OpenXmlWriter.Create(part);
        xml.WriteStartElement(new Worksheet());
        xml.WriteElement(FrozenHeader());
        xml.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 32, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 12, CustomWidth = true },
            new Column { Min = 3, Max = (uint)(families.Count + 3), Width = 11, CustomWidth = true }));
        xml.WriteStartElement(new SheetData());
        var header = new List<Cell> { Cell.Of(text.UnitName, StyleHeader), Cell.Of(text.UnitId, StyleHeader) };
        header.AddRange(families.Select(f => Cell.Of(text.Of(f), StyleHeader)));
        header.Add(Cell.Of(text.Total, StyleHeader));
        WriteRow(xml, 1, header);
        var row = 1;
        foreach (var unitId in units)
        {
            var cells = new List<Cell>(families.Count + 3)
            {
                Cell.Of(dataset?.FindUnit(unitId)?.Name ?? string.Empty, StyleIndent + (uint)Math.Min(order.Depth(unitId), MaxIndent)),
                Cell.Of(unitId),
            };
            foreach (var family in families)
            {
                cells.Add(Cell.Of(counts.GetValueOrDefault((unitId, family))));
            }

            cells.Add(Cell.Of(report.CountByUnit.GetValueOrDefault(unitId), StyleBold));
            WriteRow(xml, ++row, cells);
        }

        xml.WriteEndElement();
        xml.WriteElement(new AutoFilter { Reference = "A1:" + ColumnName(families.Count + 2) + row.ToString(CultureInfo.InvariantCulture) });
        xml.WriteEndElement();
        return row;
    }

    private static SheetViews FrozenHeader() =>
        new(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U });

    private static void WriteRow(OpenXmlWriter xml, int index, IReadOnlyList<Cell> cells)
    {
        var rowIndex = (uint)index;
        xml.WriteStartElement(new Row { RowIndex = rowIndex });
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Kind == CellKind.Empty || (cell.Kind == CellKind.Text && cell.Text!.Length == 0))
            {
                continue;
            }

            var reference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            var element = new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference };
            if (cell.Style != 0)
            {
                element.StyleIndex = cell.Style;
            }

            switch (cell.Kind)
            {
                case CellKind.Number:
                    element.CellValue = new CellValue(cell.Number);
                    break;
                case CellKind.Date:
                    element.CellValue = new CellValue(cell.Number);
                    element.StyleIndex = StyleDate;
                    break;
                default:
                    element.DataType = CellValues.InlineString;
                    var t = new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(cell.Text!));
                    if (t.Text.Length > 0 && (char.IsWhiteSpace(t.Text[0]) || char.IsWhiteSpace(t.Text[^1])))
                    {
                        t.Space = SpaceProcessingModeValues.Preserve;
                    }

                    element.InlineString = new InlineString(t);
                    break;
            }

            xml.WriteElement(element);
        }

        xml.WriteEndElement();
    }

    /// <summary>Text without the control characters XML 1.0 cannot hold (a ledger's text may carry a stray one).</summary>
    private static string XmlSafe(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 && c is not '\t' and not '\n' and not '\r')
            {
                return string.Concat(value.Where(x => x >= 0x20 || x is '\t' or '\n' or '\r'));
            }
        }

        return value;
    }

    /// <summary>The column letters of a zero-based index: A … Z, AA ….</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static uint SeverityStyle(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => StyleHigh,
        FindingSeverity.Medium => StyleMedium,
        _ => StyleLow,
    };

    private static Stylesheet Stylesheet()
    {
        static Fill Solid(string argb) =>
            new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });

        var fonts = new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new Color { Rgb = "FF9C0006" }, new FontName { Val = "Calibri" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9E1F2"),
            Solid("FFFFC7CE"),
            Solid("FFFFEB9C"),
            Solid("FFDDEBF7"));
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()));
        var formats = new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "yyyy-mm-dd" });
        var top = new Alignment { Vertical = VerticalAlignmentValues.Top };
        var cells = new CellFormats(
            new CellFormat { FontId = 0U, FillId = 0U, BorderId = 0U, NumberFormatId = 0U },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 1U, FillId = 2U, BorderId = 0U, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(top.CloneNode(true)) { FontId = 0U, FillId = 0U, BorderId = 0U, NumberFormatId = 164U, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(top.CloneNode(true)) { FontId = 3U, FillId = 3U, BorderId = 0U, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(top.CloneNode(true)) { FontId = 0U, FillId = 4U, BorderId = 0U, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(top.CloneNode(true)) { FontId = 0U, FillId = 5U, BorderId = 0U, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0U, FillId = 0U, BorderId = 0U, ApplyAlignment = true },
            new CellFormat { FontId = 2U, FillId = 0U, BorderId = 0U, ApplyFont = true },
            new CellFormat { FontId = 1U, FillId = 0U, BorderId = 0U, ApplyFont = true });
        for (var depth = 0; depth <= MaxIndent; depth++)
        {
            cells.Append(new CellFormat(new Alignment { Indent = (uint)(depth * 2) }) { FontId = depth == 0 ? 1U : 0U, FillId = 0U, BorderId = 0U, ApplyAlignment = true, ApplyFont = true });
        }

        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat { FontId = 0U, FillId = 0U, BorderId = 0U }), cells);
    }

    private enum CellKind
    {
        Empty,
        Text,
        Number,
        Date,
    }

    private readonly record struct Cell(CellKind Kind, string? Text, double Number, uint Style)
    {
        public static Cell Empty => default;

        public static Cell Of(string text, uint style = 0) => new(CellKind.Text, text, 0, style);

        public static Cell Of(double number, uint style = 0) => new(CellKind.Number, null, number, style);

        // Excel's serial day: days since 1899-12-30 (its 1900 leap-year quirk lies before any campaign date).
        public static Cell Of(DateOnly date) => new(CellKind.Date, null, date.DayNumber - new DateOnly(1899, 12, 30).DayNumber, StyleDate);
    }
}
