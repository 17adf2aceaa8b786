using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reports;

/// <summary>
/// Writes one CSV row per finding (RFC 4180: a header row, CRLF row ends, a field quoted when it holds a
/// comma, a double quote, CR or LF, quotes doubled): <c>ruleId,severity,subjectType,subjectId,unitId,message</c>,
/// the message in the writer's language. Severity and subject type are the contract's camelCase names.
/// </summary>
public sealed class CsvReportWriter : ReportWriter
{
    /// <summary>The header row's columns.</summary>
    public static readonly IReadOnlyList<string> Columns =
        Array.AsReadOnly(new[] { "ruleId", "severity", "subjectType", "subjectId", "unitId", "message" });

    /// <summary>Creates a writer.</summary>
    /// <param name="language">The language of the messages.</param>
    public CsvReportWriter(ReportLanguage language = ReportLanguage.En)
        : base(language)
    {
    }

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Csv;

    /// <summary>One CSV field, quoted when RFC 4180 requires it.</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The field as it appears in the file.</returns>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <inheritdoc/>
    protected override void WriteCore(ComplianceReport report, CampaignDataset? dataset, TextWriter output)
    {
        WriteRow(output, Columns);
        var row = new string[Columns.Count];
        foreach (var finding in report.Findings)
        {
            row[0] = finding.RuleId;
            row[1] = ReportNames.Of(finding.Severity);
            row[2] = ReportNames.Of(finding.SubjectType);
            row[3] = finding.SubjectId;
            row[4] = finding.UnitId;
            row[5] = finding.Message(Language);
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
