namespace Campaign.Compliance.Reporting;

/// <summary>The file formats a <see cref="ReportWriter"/> can write (cli.md, "JSON report" and following).</summary>
public enum ReportFormat
{
    /// <summary><c>campaign-report/1</c>: byte-identical for the same report and language.</summary>
    Json,

    /// <summary>Markdown: a summary, then the findings grouped by unit with counts per severity.</summary>
    Markdown,

    /// <summary>CSV for Excel (RFC 4180, UTF-8 with a byte order mark): one row per finding with the columns of <see cref="FindingColumn.All"/>, headers in the report language.</summary>
    Csv,

    /// <summary>One self-contained HTML file (inline CSS and SVG, no external resources).</summary>
    Html,

    /// <summary>An Excel workbook: a summary sheet, a findings sheet (<see cref="FindingColumn.All"/>) and a units × families sheet.</summary>
    Xlsx,
}
