using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Catalog;

/// <summary>
/// Declares what compliance rule an engine rule class (<c>NRules.Fluent.Dsl.Rule</c>) is: its id, family, default
/// severity, scope, titles, message templates and source in both languages. This is the only place these are
/// written: the catalog (<see cref="ComplianceRuleCatalog"/>) and each rule's <see cref="ComplianceRuleDescriptor"/>
/// (<see cref="ComplianceRuleDescriptor.Of{TRule}"/>) are read from it. The rule's name is the class's NRules
/// <c>[Name]</c>, else the class name. Every text is required; a class that leaves one out is refused when loaded.
/// </summary>
/// <remarks>
/// A catalog rule that needs more than one engine rule declares itself on one class; the others carry
/// <see cref="ComplianceRulePartAttribute"/>.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ComplianceRuleAttribute : Attribute
{
    /// <summary>Declares the rule.</summary>
    /// <param name="id">The rule id, e.g. <c>OVD-001</c>; no white space, unique among the rules of a check.</param>
    /// <param name="family">The family.</param>
    /// <param name="defaultSeverity">The severity of its findings unless the options override it.</param>
    /// <param name="scope">Which records its matches can reach (decides where a partitioned check runs it).</param>
    public ComplianceRuleAttribute(string id, RuleFamily family, FindingSeverity defaultSeverity, RuleScope scope)
    {
        Id = id;
        Family = family;
        DefaultSeverity = defaultSeverity;
        Scope = scope;
    }

    /// <summary>The rule id, e.g. <c>OVD-001</c>.</summary>
    public string Id { get; }

    /// <summary>The family.</summary>
    public RuleFamily Family { get; }

    /// <summary>The severity of its findings unless the options override it.</summary>
    public FindingSeverity DefaultSeverity { get; }

    /// <summary>Which records its matches can reach.</summary>
    public RuleScope Scope { get; }

    /// <summary>The English title. Required.</summary>
    public string? TitleEn { get; set; }

    /// <summary>The Chinese title. Required.</summary>
    public string? TitleZh { get; set; }

    /// <summary>The English message template (see <see cref="ComplianceRuleDescriptor"/> for the placeholders). Required.</summary>
    public string? MessageEn { get; set; }

    /// <summary>The Chinese message template. Required.</summary>
    public string? MessageZh { get; set; }

    /// <summary>Where the rule comes from, in English: a seed quote, a regulation, local practice. Required.</summary>
    public string? Source { get; set; }

    /// <summary>Where the rule comes from, in Chinese (the document's title in 《》 and what it requires). Required.</summary>
    public string? SourceZh { get; set; }
}
