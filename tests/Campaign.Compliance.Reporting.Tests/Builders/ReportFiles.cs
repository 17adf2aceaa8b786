using System.Text;
using System.Text.Json;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Campaign.Compliance.Reporting.Tests.Builders;

/// <summary>Reads written reports back: CSV by an RFC 4180 parser, xlsx through DocumentFormat.OpenXml, JSON by System.Text.Json.</summary>
internal static class ReportFiles
{
    public static byte[] Bytes(ReportFormat format, ReportLanguage language, ComplianceReport report, CampaignDataset? dataset)
    {
        using var stream = new MemoryStream();
        ReportWriter.Create(format, language).Write(report, dataset, stream);
        return stream.ToArray();
    }

    /// <summary>The rows of a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF row ends).</summary>
    public static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        quoted.Should().BeFalse("every quoted field is closed");
        (field.Length + row.Count).Should().Be(0, "the last row ends with CRLF");
        return rows;
    }

    /// <summary>The sheets of a workbook by name, each as rows of cell texts (dates as their serial number, inline and shared strings read).</summary>
    public static Dictionary<string, List<List<string>>> ReadXlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = new Dictionary<string, List<List<string>>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<List<string>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference!.Value!);
                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty);
                }

                rows.Add(cells);
            }

            sheets[sheet.Name!.Value!] = rows;
        }

        return sheets;
    }

    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>The findings of a campaign-report/1 JSON: ruleId, severity, subjectType, subjectId, unitId.</summary>
    public static List<(string RuleId, string Severity, string SubjectType, string SubjectId, string UnitId)> JsonFindings(ComplianceReport report)
    {
        using var document = JsonDocument.Parse(new JsonReportWriter().WriteToString(report));
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("subjectType").GetString()!,
                f.GetProperty("subjectId").GetString()!, f.GetProperty("unitId").GetString()!))
            .ToList();
    }

    /// <summary>A severity name in a report language back to the contract's wire name.</summary>
    public static string WireSeverity(string name, ReportLanguage language) =>
        Enum.GetValues<FindingSeverity>().Single(s => ComplianceTerms.Name(s, language) == name).ToString().ToLowerInvariant();

    /// <summary>A record kind's name in a report language back to the contract's wire name.</summary>
    public static string WireSubjectType(string name, ReportLanguage language) =>
        Enum.GetValues<SubjectType>().Single(s => ComplianceTerms.Name(s, language) == name).ToString().ToLowerInvariant();
}
