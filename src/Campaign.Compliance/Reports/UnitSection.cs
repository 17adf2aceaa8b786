using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reports;

/// <summary>The findings of one unit, as the grouped report formats show them.</summary>
internal sealed class UnitSection
{
    private UnitSection(string unitId, string? unitName, IReadOnlyList<Finding> findings)
    {
        UnitId = unitId;
        UnitName = unitName;
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

    public string UnitId { get; }

    public string? UnitName { get; }

    /// <summary>"name (id)" when the name is known, else the id.</summary>
    public string Label => UnitName is null ? UnitId : $"{UnitName} ({UnitId})";

    public IReadOnlyList<Finding> Findings { get; }

    public int High { get; }

    public int Medium { get; }

    public int Low { get; }

    /// <summary>Groups the report's findings by unit, keeping the report's order (units by id, ordinal).</summary>
    public static IReadOnlyList<UnitSection> Of(ComplianceReport report, CampaignDataset? dataset)
    {
        var sections = new List<UnitSection>();
        var findings = report.Findings;
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

            sections.Add(new UnitSection(unitId, dataset?.FindUnit(unitId)?.Name, slice));
            start = end;
        }

        return sections;
    }

    /// <summary>The text that names the subject of a finding in the dataset (problem text, measure, name), or null.</summary>
    public static string? SubjectText(Finding finding, CampaignDataset? dataset)
    {
        if (dataset is null)
        {
            return null;
        }

        return finding.SubjectType switch
        {
            SubjectType.Unit => dataset.FindUnit(finding.SubjectId)?.Name,
            SubjectType.Person => dataset.FindPerson(finding.SubjectId)?.Name,
            SubjectType.Opinion => dataset.FindOpinion(finding.SubjectId)?.Text,
            SubjectType.Problem => dataset.FindProblem(finding.SubjectId)?.Text,
            SubjectType.Rectification => dataset.FindRectification(finding.SubjectId)?.Measure,
            _ => null,
        };
    }
}
