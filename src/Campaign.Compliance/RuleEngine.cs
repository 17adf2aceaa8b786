namespace Campaign.Compliance;

/// <summary>
/// The runtime the rules run on (<see cref="ComplianceOptions.Engine"/>). The rules are the same NRules rules on
/// both, and both give the same findings and byte-identical reports; they differ in speed and memory.
/// </summary>
public enum RuleEngine
{
    /// <summary>Campaign.Rules' indexed Rete (<c>Campaign.Rules.IndexedRuleCompiler</c>): hash-indexed joins, the fast choice. The default.</summary>
    Indexed,

    /// <summary>NRules' own runtime (<c>NRules.RuleCompiler</c>): the reference for behaviour, much slower on large joins.</summary>
    NRules,
}
