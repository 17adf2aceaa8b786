using System.Text;
using Campaign.Compliance.Catalog;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Findings;

/// <summary>
/// One thing a rule flagged: a finding is data, never an exception. Immutable. Two findings are equal when
/// they have the same rule id, subject type and subject id (a rule flags a subject at most once), whatever
/// their severity, details or related ids; use <see cref="HasSameContent"/> to compare everything.
/// </summary>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>Makes a finding.</summary>
    /// <param name="rule">The rule that made it.</param>
    /// <param name="severity">The effective severity (the rule's default unless overridden).</param>
    /// <param name="subjectType">The kind of record flagged.</param>
    /// <param name="subjectId">The id of the record flagged.</param>
    /// <param name="unitId">The unit of the finding (rules.md, Terms).</param>
    /// <param name="related">Ids of the other records involved; none by default.</param>
    /// <param name="details">Rule-specific numbers; none by default.</param>
    /// <param name="provenance">Ids of the facts that made the rule fire (subject included); by default the subject id.</param>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public Finding(
        ComplianceRuleDescriptor rule,
        FindingSeverity severity,
        SubjectType subjectType,
        string subjectId,
        string unitId,
        IEnumerable<string>? related = null,
        FindingDetails? details = null,
        IEnumerable<string>? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentException.ThrowIfNullOrEmpty(unitId);
        Rule = rule;
        Severity = severity;
        SubjectType = subjectType;
        SubjectId = subjectId;
        UnitId = unitId;
        Related = Copy(related);
        Details = details ?? FindingDetails.Empty;
        Provenance = provenance is null ? Array.AsReadOnly(new[] { subjectId }) : Copy(provenance);
    }

    /// <summary>The rule that made the finding.</summary>
    public ComplianceRuleDescriptor Rule { get; }

    /// <summary>The rule id, e.g. <c>OVD-001</c>.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The effective severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The kind of record flagged.</summary>
    public SubjectType SubjectType { get; }

    /// <summary>The id of the record flagged.</summary>
    public string SubjectId { get; }

    /// <summary>The unit of the finding: for a problem its unit, for a rectification the unit of its first problem, for an opinion or person their unit, for a unit itself.</summary>
    public string UnitId { get; }

    /// <summary>Ids of the other records involved (may be empty).</summary>
    public IReadOnlyList<string> Related { get; }

    /// <summary>Rule-specific numbers (may be empty), keys in ordinal order.</summary>
    public FindingDetails Details { get; }

    /// <summary>Ids of the facts that made the rule fire, the subject first.</summary>
    public IReadOnlyList<string> Provenance { get; }

    /// <summary>The same finding with another severity.</summary>
    /// <param name="severity">The new severity.</param>
    public Finding WithSeverity(FindingSeverity severity) =>
        severity == Severity ? this : new Finding(Rule, severity, SubjectType, SubjectId, UnitId, Related, Details, Provenance);

    /// <summary>
    /// The rule's message template in <paramref name="language"/> with its placeholders filled:
    /// <c>{subjectId}</c>, <c>{unitId}</c>, <c>{related}</c> (comma separated) and every detail by name.
    /// A placeholder with no value is left as written.
    /// </summary>
    /// <param name="language">The language.</param>
    public string Message(ReportLanguage language) => Render(language, null);

    /// <summary>
    /// The message as a reader wants it: like <see cref="Message(ReportLanguage)"/>, but the units and people it
    /// names are written by name with the id in brackets (<c>张三（P-03）</c>, <c>Zhang San (P-03)</c>), looked up in
    /// <paramref name="dataset"/>; <c>{related}</c> names each related unit or person the same way. Other records
    /// (problems, opinions, rectifications) keep their ids. With no dataset this is <see cref="Message(ReportLanguage)"/>.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <param name="dataset">The dataset that was checked, or null.</param>
    public string Message(ReportLanguage language, CampaignDataset? dataset) => Render(language, dataset);

    private string Render(ReportLanguage language, CampaignDataset? dataset)
    {
        var template = Rule.MessageTemplate(language);
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            var value = Placeholder(name, language, dataset);
            text.Append(value ?? template.Substring(open, close - open + 1));
            i = close + 1;
        }

        return text.ToString();
    }

    /// <summary>Whether everything (rule id, severity, subject, unit, related, details, provenance) is equal.</summary>
    /// <param name="other">The other finding.</param>
    public bool HasSameContent(Finding other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Equals(other)
            && Severity == other.Severity
            && string.Equals(UnitId, other.UnitId, StringComparison.Ordinal)
            && Related.SequenceEqual(other.Related, StringComparer.Ordinal)
            && Details.Equals(other.Details)
            && Provenance.SequenceEqual(other.Provenance, StringComparer.Ordinal);
    }

    /// <summary>Equal when rule id, subject type and subject id are equal (ordinal).</summary>
    /// <param name="other">The other finding.</param>
    public bool Equals(Finding? other) =>
        other is not null
        && SubjectType == other.SubjectType
        && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
        && string.Equals(SubjectId, other.SubjectId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(RuleId), SubjectType, StringComparer.Ordinal.GetHashCode(SubjectId));

    /// <summary>For example <c>OVD-001 High rectification R-03 (unit U-WD) daysOverdue=15</c>.</summary>
    public override string ToString()
    {
        var text = $"{RuleId} {Severity} {SubjectType} {SubjectId} (unit {UnitId})";
        return Details.Count == 0 ? text : text + " " + Details;
    }

    private static IReadOnlyList<string> Copy(IEnumerable<string>? ids)
    {
        if (ids is null)
        {
            return Array.Empty<string>();
        }

        var copy = ids.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (string.IsNullOrEmpty(copy[i]))
            {
                throw new ArgumentException($"Id {i} of a finding's related or provenance ids is empty.", nameof(ids));
            }
        }

        return copy.Length == 0 ? Array.Empty<string>() : Array.AsReadOnly(copy);
    }

    private string? Placeholder(string name, ReportLanguage language, CampaignDataset? dataset)
    {
        switch (name)
        {
            case "subjectId":
                return SubjectType switch
                {
                    SubjectType.Person => FindingContext.Label(dataset?.FindPerson(SubjectId)?.Name, SubjectId, language),
                    SubjectType.Unit => FindingContext.Label(dataset?.FindUnit(SubjectId)?.Name, SubjectId, language),
                    _ => SubjectId,
                };
            case "unitId":
                return FindingContext.Label(dataset?.FindUnit(UnitId)?.Name, UnitId, language);
            case "related":
                return string.Join(language == ReportLanguage.Zh ? "、" : ", ", Related.Select(id => FindingContext.Name(id, dataset, language)));
            default:
                return Details.TryGetValue(name, out var value) ? FindingDetails.FormatValue(value) : null;
        }
    }
}
