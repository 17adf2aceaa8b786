using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reporting;

/// <summary>
/// Writes a <see cref="ComplianceReport"/> in one format and one language. Writers are stateless and
/// thread-safe; the same report, dataset and language always give the same output (no clock, no culture:
/// numbers and dates are written in the invariant culture, lines end with <c>"\n"</c> except in CSV, which
/// follows RFC 4180 and ends rows with CRLF). Every format can be written to a <see cref="Stream"/> (text formats as
/// UTF-8); the text formats can also be written to a <see cref="TextWriter"/>, the binary one (xlsx) cannot.
/// </summary>
public abstract class ReportWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="language">The language of titles, labels and messages.</param>
    protected ReportWriter(ReportLanguage language)
    {
        Language = language;
    }

    /// <summary>The language of titles, labels and messages.</summary>
    public ReportLanguage Language { get; }

    /// <summary>The format this writer writes.</summary>
    public abstract ReportFormat Format { get; }

    /// <summary>Creates the writer of <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="language">The language of titles, labels and messages.</param>
    /// <returns>A new writer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static ReportWriter Create(ReportFormat format, ReportLanguage language = ReportLanguage.En) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(language),
        ReportFormat.Markdown => new MarkdownReportWriter(language),
        ReportFormat.Csv => new CsvReportWriter(language),
        ReportFormat.Html => new HtmlReportWriter(language),
        ReportFormat.Xlsx => new XlsxReportWriter(language),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Whether the format is text (written to a <see cref="TextWriter"/> too); false for xlsx.</summary>
    public virtual bool IsText => true;

    /// <summary>
    /// Writes <paramref name="report"/> to <paramref name="output"/>: the bytes of the file, text formats as UTF-8
    /// (CSV with a byte order mark, for Excel; the others without).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="dataset">The dataset that was checked (names, subject texts, deadlines), or null (ids only).</param>
    /// <param name="output">Where the bytes go; the writer does not close it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public void Write(ComplianceReport report, CampaignDataset? dataset, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        WriteCore(report, dataset, output);
        output.Flush();
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="dataset">
    /// The dataset that was checked, used for the names of units and the texts of subjects (problem text,
    /// measure, person's name); optional: without it the report shows ids only.
    /// </param>
    /// <param name="output">Where the text goes; the writer does not close it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="NotSupportedException">The format is not text (xlsx): use the <see cref="Stream"/> overload.</exception>
    public void Write(ComplianceReport report, CampaignDataset? dataset, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (!IsText)
        {
            throw new NotSupportedException($"The {Format} report is not text: write it to a Stream.");
        }

        WriteCore(report, dataset, output);
        output.Flush();
    }

    /// <summary>Writes <paramref name="report"/> to a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="dataset">The dataset that was checked, or null (ids only).</param>
    /// <returns>The text of the report.</returns>
    /// <exception cref="NotSupportedException">The format is not text (xlsx).</exception>
    public string WriteToString(ComplianceReport report, CampaignDataset? dataset = null)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, dataset, text);
        return text.ToString();
    }

    /// <summary>Writes the report; arguments are checked.</summary>
    /// <param name="report">The report.</param>
    /// <param name="dataset">The dataset that was checked, or null.</param>
    /// <param name="output">Where the text goes.</param>
    protected abstract void WriteCore(ComplianceReport report, CampaignDataset? dataset, TextWriter output);

    /// <summary>Writes the report as bytes; arguments are checked. By default the text as UTF-8 without a byte order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="dataset">The dataset that was checked, or null.</param>
    /// <param name="output">Where the bytes go; not closed.</param>
    protected virtual void WriteCore(ComplianceReport report, CampaignDataset? dataset, Stream output)
    {
        using var text = new StreamWriter(output, Utf8, 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        WriteCore(report, dataset, text);
        text.Flush();
    }

    /// <summary>UTF-8 without a byte order mark.</summary>
    private protected static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
