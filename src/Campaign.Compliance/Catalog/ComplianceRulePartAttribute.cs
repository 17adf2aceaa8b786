namespace Campaign.Compliance.Catalog;

/// <summary>
/// Marks an engine rule class as a step of a catalog rule declared on another class (a rule that needs more than
/// one engine rule, like SUP-004): it takes that rule's id and scope, and is loaded, disabled and reported with it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ComplianceRulePartAttribute : Attribute
{
    /// <summary>Marks the class as a step of the rule declared on <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule class that carries the <see cref="ComplianceRuleAttribute"/>.</param>
    public ComplianceRulePartAttribute(Type rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
    }

    /// <summary>The rule class that declares the catalog rule.</summary>
    public Type Rule { get; }
}
