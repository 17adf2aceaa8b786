using System.Globalization;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Reports;

/// <summary>The wire names (camelCase, as in the contracts) and invariant number formatting of report values.</summary>
internal static class ReportNames
{
    /// <summary>The severities from the most to the least serious, the order reports list them in.</summary>
    public static readonly FindingSeverity[] SeveritiesDescending = [FindingSeverity.High, FindingSeverity.Medium, FindingSeverity.Low];

    /// <summary>The families in the order of rules.md.</summary>
    public static readonly RuleFamily[] Families =
        [RuleFamily.Overdue, RuleFamily.Superficial, RuleFamily.Mismatch, RuleFamily.Incomplete, RuleFamily.Escalation];

    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => "high",
        FindingSeverity.Medium => "medium",
        FindingSeverity.Low => "low",
        _ => severity.ToString().ToLowerInvariant(),
    };

    public static string Of(SubjectType subjectType) => subjectType switch
    {
        SubjectType.Unit => "unit",
        SubjectType.Person => "person",
        SubjectType.Opinion => "opinion",
        SubjectType.Problem => "problem",
        SubjectType.Rectification => "rectification",
        _ => subjectType.ToString().ToLowerInvariant(),
    };

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
    public static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
