namespace Campaign.Compliance.Reports;

/// <summary>The file formats a <see cref="ReportWriter"/> can write (cli.md, "JSON report" and following).</summary>
public enum ReportFormat
{
    /// <summary><c>campaign-report/1</c>: byte-identical for the same report and language.</summary>
    Json,

    /// <summary>Markdown: a summary, then the findings grouped by unit with counts per severity.</summary>
    Markdown,

    /// <summary>CSV (RFC 4180): one row per finding with ruleId, severity, subjectType, subjectId, unitId, message.</summary>
    Csv,

    /// <summary>One self-contained HTML file (inline CSS and SVG, no external resources).</summary>
    Html,
}
