using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Specifications;

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

    /// <summary>The filter this report was narrowed with (<see cref="Narrow"/>), or <see langword="null"/> for a full report.</summary>
    public FindingFilter? Narrowing { get; private init; }

    /// <summary>
    /// The unit ids the narrowing kept (the filter's unit and every unit below it, root first, then breadth first), or
    /// <see langword="null"/> when the report is not narrowed by unit.
    /// </summary>
    public IReadOnlyList<string>? NarrowedUnitIds { get; private init; }

    /// <summary>
    /// This report with only the findings <paramref name="filter"/> keeps, its counts computed again from them; the
    /// date, the dataset summary and the rule failures are this report's. The result's <see cref="Narrowing"/> is the
    /// filter, so the report can say what it shows.
    /// </summary>
    /// <param name="filter">What to keep.</param>
    /// <param name="dataset">The dataset this report was made from: its unit hierarchy gives the filter's subtree.</param>
    /// <returns>The narrowed report.</returns>
    /// <exception cref="ArgumentException">The filter names a unit that is not in <paramref name="dataset"/>.</exception>
    /// <exception cref="InvalidOperationException">This report is narrowed already: narrow the full report with one filter.</exception>
    public ComplianceReport Narrow(FindingFilter filter, CampaignDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(dataset);
        if (Narrowing is not null)
        {
            throw new InvalidOperationException("This report is narrowed already; narrow the full report with one filter that has every part.");
        }

        HashSet<string>? units = null;
        IReadOnlyList<string>? unitIds = null;
        if (filter.UnitId is { } unitId)
        {
            if (dataset.FindUnit(unitId) is null)
            {
                throw new ArgumentException($"The unit '{unitId}' is not in the dataset '{dataset.Campaign.Name}'.", nameof(filter));
            }

            unitIds = new UnitSubtree(unitId, dataset.Units).UnitIds;
            units = new HashSet<string>(unitIds, StringComparer.Ordinal);
        }

        var kept = new List<Finding>();
        foreach (var finding in Findings)
        {
            if ((units is null || units.Contains(finding.UnitId)) && filter.MatchesSeverityAndRule(finding))
            {
                kept.Add(finding);
            }
        }

        return new ComplianceReport(AsOf, Dataset, kept, ruleFailures: RuleFailures) { Narrowing = filter, NarrowedUnitIds = unitIds };
    }

    /// <summary>The rule behind a rule id of the report: a shipped rule, or a user rule named by one of its findings.</summary>
    internal Catalog.ComplianceRuleDescriptor? FindRule(string ruleId)
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
