using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reporting;

/// <summary>
/// The findings of one unit, as the grouped views show them (Markdown, HTML, the command line's table): units in
/// <see cref="UnitOrder"/> (hierarchy, then name), within a unit the report's order (rule id, subject id).
/// </summary>
public sealed class UnitSection
{
    private UnitSection(string unitId, string? unitName, int depth, string label, IReadOnlyList<Finding> findings)
    {
        UnitId = unitId;
        UnitName = unitName;
        Depth = depth;
        Label = label;
        Findings = findings;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case FindingSeverity.High: High++; break;
                case FindingSeverity.Medium: Medium++; break;
                default: Low++; break;
            }
        }
    }

    /// <summary>The unit id.</summary>
    public string UnitId { get; }

    /// <summary>The unit's name, or null when the dataset is not given or does not hold the unit.</summary>
    public string? UnitName { get; }

    /// <summary>The unit's depth in the hierarchy (0 for a root).</summary>
    public int Depth { get; }

    /// <summary>"name (id)" in the report's language when the name is known, else the id.</summary>
    public string Label { get; }

    /// <summary>The unit's findings, in the report's order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The number of high findings.</summary>
    public int High { get; }

    /// <summary>The number of medium findings.</summary>
    public int Medium { get; }

    /// <summary>The number of low findings.</summary>
    public int Low { get; }

    /// <summary>Groups the report's findings by unit, the units in <see cref="UnitOrder"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="dataset">The dataset that was checked, or null (units by id).</param>
    /// <param name="language">The report language (names and their order).</param>
    public static IReadOnlyList<UnitSection> Of(ComplianceReport report, CampaignDataset? dataset, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var order = UnitOrder.Of(dataset, language);
        var findings = order.Sort(report.Findings);
        var sections = new List<UnitSection>();
        var start = 0;
        while (start < findings.Count)
        {
            var end = start + 1;
            while (end < findings.Count && string.Equals(findings[end].UnitId, findings[start].UnitId, StringComparison.Ordinal))
            {
                end++;
            }

            var unitId = findings[start].UnitId;
            var slice = new Finding[end - start];
            for (var i = start; i < end; i++)
            {
                slice[i - start] = findings[i];
            }

            var name = dataset?.FindUnit(unitId)?.Name;
            sections.Add(new UnitSection(unitId, name, order.Depth(unitId), FindingContext.Label(name, unitId, language), slice));
            start = end;
        }

        return sections;
    }
}
