namespace Campaign.Compliance.Catalog;

/// <summary>
/// Marks an engine rule class (<c>Campaign.Rules.Fluent.Dsl.Rule</c>) with the id of the compliance rule it
/// implements, so options can disable it or override its severity by id. Several classes may share an id
/// when one catalog rule needs more than one engine rule.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ComplianceRuleAttribute : Attribute
{
    /// <summary>Marks the class as implementing rule <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The compliance rule id, e.g. <c>OVD-001</c>.</param>
    public ComplianceRuleAttribute(string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        RuleId = ruleId;
    }

    /// <summary>The compliance rule id.</summary>
    public string RuleId { get; }
}
