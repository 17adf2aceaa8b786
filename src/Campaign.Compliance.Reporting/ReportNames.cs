using System.Globalization;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Reporting;

/// <summary>The order reports list severities and rule families in, the wire names (camelCase, as in the contracts) and invariant formatting of report values.</summary>
public static class ReportNames
{
    /// <summary>The severities from the most to the least serious, the order reports list them in.</summary>
    public static IReadOnlyList<FindingSeverity> SeveritiesDescending { get; } = Array.AsReadOnly([FindingSeverity.High, FindingSeverity.Medium, FindingSeverity.Low]);

    /// <summary>The families in the order of the rule catalog: overdue, superficial, mismatch, incomplete, escalation.</summary>
    public static IReadOnlyList<RuleFamily> Families { get; } =
        Array.AsReadOnly([RuleFamily.Overdue, RuleFamily.Superficial, RuleFamily.Mismatch, RuleFamily.Incomplete, RuleFamily.Escalation]);

    /// <summary>The wire name of a severity: <c>high</c>, <c>medium</c>, <c>low</c>.</summary>
    /// <param name="severity">The severity.</param>
    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => "high",
        FindingSeverity.Medium => "medium",
        FindingSeverity.Low => "low",
        _ => severity.ToString().ToLowerInvariant(),
    };

    /// <summary>The wire name of a kind of record, e.g. <c>rectification</c>.</summary>
    /// <param name="subjectType">The kind of record.</param>
    public static string Of(SubjectType subjectType) => subjectType switch
    {
        SubjectType.Unit => "unit",
        SubjectType.Person => "person",
        SubjectType.Opinion => "opinion",
        SubjectType.Problem => "problem",
        SubjectType.Rectification => "rectification",
        _ => subjectType.ToString().ToLowerInvariant(),
    };

    /// <summary>The wire name of a rule family, e.g. <c>overdue</c>.</summary>
    /// <param name="family">The family.</param>
    public static string Of(RuleFamily family) => family switch
    {
        RuleFamily.Overdue => "overdue",
        RuleFamily.Superficial => "superficial",
        RuleFamily.Mismatch => "mismatch",
        RuleFamily.Incomplete => "incomplete",
        RuleFamily.Escalation => "escalation",
        _ => family.ToString().ToLowerInvariant(),
    };

    /// <summary>A number as reports print it: integral values without a fraction, others round-trip, invariant.</summary>
    /// <param name="value">The number.</param>
    public static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A date as reports print it: <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
