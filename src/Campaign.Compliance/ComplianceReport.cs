using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Compliance;

/// <summary>
/// The result of a check: the findings in the contract's order (unit id, then rule id, then subject id,
/// ordinal), their counts by severity, rule, unit and family, and the user rules that failed.
/// Immutable; the same dataset, options and date always give an equal report.
/// </summary>
public sealed class ComplianceReport
{
    /// <summary>Builds a report; findings are sorted here.</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="dataset">What was checked.</param>
    /// <param name="findings">The findings, in any order.</param>
    /// <param name="catalog">The catalog the rules come from (for families); the shipped one by default.</param>
    /// <param name="ruleFailures">Rules that threw; none by default.</param>
    public ComplianceReport(
        DateOnly asOf,
        DatasetSummary dataset,
        IEnumerable<Finding> findings,
        ComplianceRuleCatalog? catalog = null,
        IEnumerable<RuleFailure>? ruleFailures = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(findings);
        AsOf = asOf;
        Dataset = dataset;
        var sorted = findings.ToArray();
        if (!FindingOrder.IsSorted(sorted))
        {
            Array.Sort(sorted, FindingOrder.Instance);
        }

        Findings = Array.AsReadOnly(sorted);
        RuleFailures = ruleFailures is null ? Array.Empty<RuleFailure>() : Array.AsReadOnly(ruleFailures.ToArray());

        var bySeverity = new SortedDictionary<FindingSeverity, int>();
        foreach (var severity in Enum.GetValues<FindingSeverity>())
        {
            bySeverity[severity] = 0;
        }

        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var byUnit = new Dictionary<string, int>(StringComparer.Ordinal);
        var byFamily = new SortedDictionary<RuleFamily, int>();
        foreach (var family in Enum.GetValues<RuleFamily>())
        {
            byFamily[family] = 0;
        }

        foreach (var finding in sorted)
        {
            bySeverity[finding.Severity]++;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byRule, finding.RuleId, out _)++;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byUnit, finding.UnitId, out _)++;
            var family = (catalog?.Find(finding.RuleId) ?? finding.Rule).Family;
            byFamily[family]++;
        }

        CountBySeverity = bySeverity.AsReadOnly();
        CountByRule = new SortedDictionary<string, int>(byRule, StringComparer.Ordinal).AsReadOnly();
        CountByUnit = new SortedDictionary<string, int>(byUnit, StringComparer.Ordinal).AsReadOnly();
        CountByFamily = byFamily.AsReadOnly();
    }

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The dataset's name and record counts.</summary>
    public DatasetSummary Dataset { get; }

    /// <summary>The findings, ordered by unit id, rule id, subject id (ordinal), then subject type.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Number of findings per severity; every severity is present (0 when none).</summary>
    public IReadOnlyDictionary<FindingSeverity, int> CountBySeverity { get; }

    /// <summary>Number of findings per rule id that has any, in ordinal order of the id.</summary>
    public IReadOnlyDictionary<string, int> CountByRule { get; }

    /// <summary>Number of findings per unit id that has any, in ordinal order of the id.</summary>
    public IReadOnlyDictionary<string, int> CountByUnit { get; }

    /// <summary>Number of findings per rule family; every family is present (0 when none).</summary>
    public IReadOnlyDictionary<RuleFamily, int> CountByFamily { get; }

    /// <summary>Rules that threw during the check (their other work and every other rule still counted).</summary>
    public IReadOnlyList<RuleFailure> RuleFailures { get; }

    /// <summary>The rule behind a rule id of the report: a shipped rule, or a user rule named by one of its findings.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The rule, or null when the id is neither shipped nor named by a finding.</returns>
    public Catalog.ComplianceRuleDescriptor? FindRule(string ruleId)
    {
        if (Catalog.ComplianceRuleCatalog.Shipped.Find(ruleId) is { } shipped)
        {
            return shipped;
        }

        foreach (var finding in Findings)
        {
            if (finding.RuleId == ruleId)
            {
                return finding.Rule;
            }
        }

        return null;
    }
}
