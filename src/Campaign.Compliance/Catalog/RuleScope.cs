namespace Campaign.Compliance.Catalog;

/// <summary>
/// Which records a rule's matches can reach, declared on the rule class (<see cref="ComplianceRuleAttribute.Scope"/>).
/// A large check is split into parts by unit (docs/rules.md, "Scope"): <see cref="Unit"/> rules run in every part,
/// <see cref="Dataset"/> rules once over the whole dataset after the parts.
/// </summary>
public enum RuleScope
{
    /// <summary>
    /// Every fact a match joins lies within one unit's records, or is reached from them by a reference a record holds:
    /// a problem's opinions and its owner, a rectification's problems (and their units). Most rules are of this scope.
    /// </summary>
    Unit,

    /// <summary>
    /// A match may join records of unrelated units (SUP-006 groups problems of every unit by their text), or reads
    /// findings (ESC-001), which are complete only once every other rule has run. Runs in one session over the
    /// whole dataset.
    /// </summary>
    Dataset,
}
