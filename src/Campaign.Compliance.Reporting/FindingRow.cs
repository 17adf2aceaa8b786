using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reporting;

/// <summary>One finding with what a reader needs beside its ids (<see cref="FindingContext"/>), the row of <see cref="FindingColumn.All"/>.</summary>
public sealed class FindingRow
{
    private FindingRow(Finding finding, FindingContext context, int? daysOverdue, string message, ReportLanguage language)
    {
        Finding = finding;
        Context = context;
        DaysOverdue = daysOverdue;
        Message = message;
        Language = language;
    }

    /// <summary>The finding.</summary>
    public Finding Finding { get; }

    /// <summary>Names, subject text, deadline and responsible person and unit.</summary>
    public FindingContext Context { get; }

    /// <summary>Days an open rectification is past its deadline as of the report's date, or null.</summary>
    public int? DaysOverdue { get; }

    /// <summary>The message with names (<see cref="Finding.Message(ReportLanguage, CampaignDataset?)"/>).</summary>
    public string Message { get; }

    /// <summary>The report language.</summary>
    public ReportLanguage Language { get; }

    /// <summary>The rows of a report, units in <see cref="UnitOrder"/>, within a unit the report's order.</summary>
    /// <param name="report">The report.</param>
    /// <param name="dataset">The dataset that was checked, or null (ids only).</param>
    /// <param name="language">The report language.</param>
    public static IEnumerable<FindingRow> Of(ComplianceReport report, CampaignDataset? dataset, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var finding in UnitOrder.Of(dataset, language).Sort(report.Findings))
        {
            yield return new FindingRow(
                finding,
                FindingContext.Of(finding, dataset, language),
                FindingContext.DaysOverdue(finding, dataset, report.AsOf),
                finding.Message(language, dataset),
                language);
        }
    }
}
