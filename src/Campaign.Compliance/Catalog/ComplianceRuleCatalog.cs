namespace Campaign.Compliance.Catalog;

/// <summary>
/// A set of rule descriptors with unique ids, in a fixed order. <see cref="Shipped"/> is the catalog of
/// rules.md (version 1): 23 rules in the order of its table, read from the declarations of the shipped rule classes
/// (<see cref="ComplianceRuleAttribute"/>).
/// </summary>
public sealed class ComplianceRuleCatalog
{
    private readonly Dictionary<string, ComplianceRuleDescriptor> _byId;

    /// <summary>A catalog of the given rules, in the given order.</summary>
    /// <param name="rules">The rules; ids must be unique (ordinal).</param>
    /// <exception cref="ArgumentException">An id is repeated.</exception>
    public ComplianceRuleCatalog(IEnumerable<ComplianceRuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToArray();
        _byId = new Dictionary<string, ComplianceRuleDescriptor>(list.Length, StringComparer.Ordinal);
        foreach (var rule in list)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            if (!_byId.TryAdd(rule.Id, rule))
            {
                throw new ArgumentException($"The rule id '{rule.Id}' appears twice in the catalog.", nameof(rules));
            }
        }

        Rules = Array.AsReadOnly(list);
    }

    /// <summary>The 23 rules that ship with the library, in the order of rules.md (by family, then id).</summary>
    public static ComplianceRuleCatalog Shipped { get; } = new(RuleDeclarations.Shipped());

    /// <summary>The rules, in catalog order.</summary>
    public IReadOnlyList<ComplianceRuleDescriptor> Rules { get; }

    /// <summary>Whether a rule with this id is in the catalog.</summary>
    /// <param name="ruleId">The rule id (ordinal).</param>
    public bool Contains(string ruleId) => ruleId is not null && _byId.ContainsKey(ruleId);

    /// <summary>The rule with this id, or <see langword="null"/>.</summary>
    /// <param name="ruleId">The rule id (ordinal).</param>
    public ComplianceRuleDescriptor? Find(string ruleId) => ruleId is null ? null : _byId.GetValueOrDefault(ruleId);

    /// <summary>The rule with this id.</summary>
    /// <param name="ruleId">The rule id (ordinal).</param>
    /// <exception cref="KeyNotFoundException">No such rule.</exception>
    public ComplianceRuleDescriptor Get(string ruleId) =>
        Find(ruleId) ?? throw new KeyNotFoundException($"The rule '{ruleId}' is not in the catalog.");

    /// <summary>This catalog followed by <paramref name="more"/> rules (for user rules).</summary>
    /// <param name="more">Rules to add; their ids must be new.</param>
    /// <exception cref="ArgumentException">An id is already in the catalog.</exception>
    public ComplianceRuleCatalog With(IEnumerable<ComplianceRuleDescriptor> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return new ComplianceRuleCatalog(Rules.Concat(more));
    }
}
