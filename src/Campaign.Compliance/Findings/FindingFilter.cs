using Campaign.Compliance.Catalog;

namespace Campaign.Compliance.Findings;

/// <summary>
/// Which findings of a report to keep (<see cref="ComplianceReport.Narrow"/>): those of a unit and its whole subtree,
/// those at or above a severity, those of some rules or rule families. Every part is optional and the parts combine
/// with "and"; rule ids and families combine with "or" (a finding of a listed rule or of a listed family). A filter
/// with no part keeps every finding. Immutable.
/// </summary>
public sealed class FindingFilter
{
    /// <summary>Creates a filter.</summary>
    /// <param name="unitId">Keep the findings of this unit and of every unit below it; <see langword="null"/> keeps every unit.</param>
    /// <param name="minimumSeverity">Keep the findings at or above this severity; <see langword="null"/> keeps every severity.</param>
    /// <param name="ruleIds">Keep the findings of these rules (ordinal ids); none given keeps every rule unless <paramref name="families"/> are given.</param>
    /// <param name="families">Keep the findings of the rules of these families; none given keeps every family unless <paramref name="ruleIds"/> are given.</param>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is empty, a rule id is empty, or a severity or family is not defined.</exception>
    public FindingFilter(string? unitId = null, FindingSeverity? minimumSeverity = null, IEnumerable<string>? ruleIds = null, IEnumerable<RuleFamily>? families = null)
    {
        if (unitId is not null && unitId.Length == 0)
        {
            throw new ArgumentException("The unit id of a filter must not be empty.", nameof(unitId));
        }

        if (minimumSeverity is { } severity && !Enum.IsDefined(severity))
        {
            throw new ArgumentException($"Unknown severity {(int)severity}.", nameof(minimumSeverity));
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in ruleIds ?? [])
        {
            ArgumentException.ThrowIfNullOrEmpty(id, nameof(ruleIds));
            ids.Add(id);
        }

        var familySet = new SortedSet<RuleFamily>();
        foreach (var family in families ?? [])
        {
            if (!Enum.IsDefined(family))
            {
                throw new ArgumentException($"Unknown rule family {(int)family}.", nameof(families));
            }

            familySet.Add(family);
        }

        UnitId = unitId;
        MinimumSeverity = minimumSeverity;
        RuleIds = Array.AsReadOnly(ids.ToArray());
        Families = Array.AsReadOnly(familySet.ToArray());
    }

    /// <summary>The root of the unit subtree kept, or <see langword="null"/> for every unit.</summary>
    public string? UnitId { get; }

    /// <summary>The lowest severity kept, or <see langword="null"/> for every severity.</summary>
    public FindingSeverity? MinimumSeverity { get; }

    /// <summary>The rule ids kept, in ordinal order, each once; empty when the filter does not select by rule id.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>The rule families kept, in declaration order, each once; empty when the filter does not select by family.</summary>
    public IReadOnlyList<RuleFamily> Families { get; }

    /// <summary>Whether the filter keeps every finding (no part is set).</summary>
    public bool KeepsEverything => UnitId is null && MinimumSeverity is null && RuleIds.Count == 0 && Families.Count == 0;

    /// <summary>Whether a finding passes the severity and rule parts of the filter (the unit part needs the dataset: <see cref="ComplianceReport.Narrow"/>).</summary>
    /// <param name="finding">The finding.</param>
    internal bool MatchesSeverityAndRule(Finding finding)
    {
        if (MinimumSeverity is { } minimum && finding.Severity < minimum)
        {
            return false;
        }

        if (RuleIds.Count == 0 && Families.Count == 0)
        {
            return true;
        }

        foreach (var id in RuleIds)
        {
            if (string.Equals(id, finding.RuleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var family in Families)
        {
            if (family == finding.Rule.Family)
            {
                return true;
            }
        }

        return false;
    }
}
