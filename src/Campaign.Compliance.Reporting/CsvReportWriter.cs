using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reporting;

/// <summary>
/// Writes the findings as CSV for Excel: UTF-8 with a byte order mark (so Excel on a Chinese system reads it as
/// UTF-8), RFC 4180 (a header row, CRLF row ends, a field quoted when it holds a comma, a double quote, CR or LF,
/// quotes doubled), one row per finding with exactly the columns of the xlsx findings sheet
/// (<see cref="FindingColumn.All"/>): headers, family, severity and subject type in the report's language, the
/// message with names, dates as <c>yyyy-MM-dd</c>. Rows are in <see cref="UnitOrder"/>.
/// </summary>
public sealed class CsvReportWriter : ReportWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="language">The language of headers, names and messages.</param>
    public CsvReportWriter(ReportLanguage language = ReportLanguage.En)
        : base(language)
    {
    }

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Csv;

    /// <summary>The header row's columns in the writer's language.</summary>
    public IReadOnlyList<string> Headers => FindingColumn.All.Select(c => c.Header(Language)).ToArray();

    /// <summary>One CSV field, quoted when RFC 4180 requires it.</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The field as it appears in the file.</returns>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Writes the byte order mark as the first character, then the rows.</summary>
    /// <inheritdoc/>
    protected override void WriteCore(ComplianceReport report, CampaignDataset? dataset, TextWriter output)
    {
        // U+FEFF encodes as the UTF-8 byte order mark EF BB BF, which Excel needs to read the file as UTF-8.
        output.Write('\uFEFF');
        var columns = FindingColumn.All;
        WriteRow(output, Headers);
        var row = new string[columns.Count];
        foreach (var finding in FindingRow.Of(report, dataset, Language))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                row[i] = columns[i].Text(finding);
            }

            WriteRow(output, row);
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Field(fields[i]));
        }

        output.Write("\r\n");
    }
}
