using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Catalog;

/// <summary>
/// What a compliance rule is: its id, name, family, default severity, scope, titles, message templates and
/// source in both languages. Immutable. A rule class declares these once, with <see cref="ComplianceRuleAttribute"/>;
/// <see cref="Of{TRule}"/> gives the class's descriptor, which its actions pass to every <see cref="Finding"/> they make.
/// The shipped rules are in <see cref="ComplianceRuleCatalog.Shipped"/>.
/// </summary>
/// <remarks>
/// A message template may name <c>{subjectId}</c>, <c>{unitId}</c>, <c>{related}</c> (the related ids, comma
/// separated) and any detail of the finding (<c>{daysOverdue}</c>); see <see cref="Finding.Message(ReportLanguage)"/>.
/// </remarks>
public sealed class ComplianceRuleDescriptor
{
    private readonly string _titleEn;
    private readonly string _titleZh;
    private readonly string _messageEn;
    private readonly string _messageZh;
    private readonly string _sourceEn;
    private readonly string _sourceZh;

    /// <summary>Describes a rule.</summary>
    /// <param name="id">The rule id, e.g. <c>OVD-001</c>; non-empty, no white space.</param>
    /// <param name="name">The rule name, e.g. <c>RectificationOverdue</c>; non-empty.</param>
    /// <param name="family">The family.</param>
    /// <param name="defaultSeverity">The severity when no override is set.</param>
    /// <param name="titleEn">The English title.</param>
    /// <param name="titleZh">The Chinese title.</param>
    /// <param name="messageEn">The English message template.</param>
    /// <param name="messageZh">The Chinese message template.</param>
    /// <param name="sourceEn">Where the rule comes from (seed quote or note), in English; non-empty.</param>
    /// <param name="sourceZh">Where the rule comes from, in Chinese; non-empty.</param>
    /// <param name="scope">Which records its matches can reach; <see cref="RuleScope.Dataset"/> (always safe) by default.</param>
    /// <exception cref="ArgumentException">A text is empty or the id holds white space.</exception>
    public ComplianceRuleDescriptor(
        string id,
        string name,
        RuleFamily family,
        FindingSeverity defaultSeverity,
        string titleEn,
        string titleZh,
        string messageEn,
        string messageZh,
        string sourceEn,
        string sourceZh,
        RuleScope scope = RuleScope.Dataset)
    {
        Id = NonEmpty(id, nameof(id));
        if (id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"The rule id '{id}' must not contain white space.", nameof(id));
        }

        Name = NonEmpty(name, nameof(name));
        Family = family;
        DefaultSeverity = defaultSeverity;
        _titleEn = NonEmpty(titleEn, nameof(titleEn));
        _titleZh = NonEmpty(titleZh, nameof(titleZh));
        _messageEn = NonEmpty(messageEn, nameof(messageEn));
        _messageZh = NonEmpty(messageZh, nameof(messageZh));
        _sourceEn = NonEmpty(sourceEn, nameof(sourceEn));
        _sourceZh = NonEmpty(sourceZh, nameof(sourceZh));
        Scope = scope;
    }

    /// <summary>The rule id, e.g. <c>OVD-001</c>.</summary>
    public string Id { get; }

    /// <summary>The rule name, e.g. <c>RectificationOverdue</c>.</summary>
    public string Name { get; }

    /// <summary>The family of the rule.</summary>
    public RuleFamily Family { get; }

    /// <summary>The severity of its findings unless <see cref="ComplianceOptions.SeverityOverrides"/> says otherwise.</summary>
    public FindingSeverity DefaultSeverity { get; }

    /// <summary>Which records its matches can reach: where a partitioned check runs it.</summary>
    public RuleScope Scope { get; }

    /// <summary>Where the rule comes from, in a language: the campaign document and what it requires.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The source text.</returns>
    public string Source(ReportLanguage language) => language == ReportLanguage.Zh ? _sourceZh : _sourceEn;

    /// <summary>The title in a language.</summary>
    /// <param name="language">The language.</param>
    public string Title(ReportLanguage language) => language == ReportLanguage.Zh ? _titleZh : _titleEn;

    /// <summary>The message template in a language (placeholders in braces).</summary>
    /// <param name="language">The language.</param>
    public string MessageTemplate(ReportLanguage language) => language == ReportLanguage.Zh ? _messageZh : _messageEn;

    /// <summary>
    /// The descriptor a rule class declares with <see cref="ComplianceRuleAttribute"/> (or, for a
    /// <see cref="ComplianceRulePartAttribute"/> class, the one of the rule it is part of). The same instance on every
    /// call, so it may be called from a rule's action.
    /// </summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <exception cref="ArgumentException">The class declares no rule, or its declaration is incomplete (every problem listed).</exception>
    public static ComplianceRuleDescriptor Of<TRule>()
        where TRule : NRules.Fluent.Dsl.Rule => RuleDeclarations.Of(typeof(TRule));

    /// <summary>As <see cref="Of{TRule}"/>, for a rule class known at run time.</summary>
    /// <param name="ruleClass">The rule class.</param>
    /// <exception cref="ArgumentException">The class declares no rule, or its declaration is incomplete (every problem listed).</exception>
    public static ComplianceRuleDescriptor Of(Type ruleClass)
    {
        ArgumentNullException.ThrowIfNull(ruleClass);
        return RuleDeclarations.Of(ruleClass);
    }

    /// <summary>The id and the English title.</summary>
    public override string ToString() => Id + " " + _titleEn;

    private static string NonEmpty(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The rule descriptor's '{paramName}' must not be empty.", paramName);
        }

        return value;
    }
}
