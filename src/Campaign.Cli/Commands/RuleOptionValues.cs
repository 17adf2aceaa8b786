using System.Globalization;
using Campaign.Cli.Messages;
using Campaign.Compliance;

namespace Campaign.Cli.Commands;

/// <summary>
/// The options of <see cref="ComplianceOptions"/> that change what each shipped rule flags (docs/rules.md, the "options"
/// column), by their names in an options file, with their values as <c>campaign rules ID</c> shows them.
/// </summary>
internal static class RuleOptionValues
{
    /// <summary>An option: its options-file name, the property it reads, its value for JSON and as text.</summary>
    internal sealed record RuleOption(string Name, string Property, Func<ComplianceOptions, object?> Value, Func<ComplianceOptions, CliText, string> Text);

    private static readonly Dictionary<string, RuleOption[]> ByRule = new(StringComparer.Ordinal)
    {
        ["OVD-003"] = [Number("immediateWindowDays", nameof(ComplianceOptions.ImmediateWindowDays), o => o.ImmediateWindowDays)],
        ["OVD-004"] = [Deadline("teamStaffedDeadline", nameof(ComplianceOptions.TeamStaffedDeadline), o => o.TeamStaffedDeadline, 4, 30)],
        ["OVD-005"] = [Deadline("consolidationDeadline", nameof(ComplianceOptions.ConsolidationDeadline), o => o.ConsolidationDeadline, 6, 30)],
        ["OVD-006"] = [Number("claimWindowDays", nameof(ComplianceOptions.ClaimWindowDays), o => o.ClaimWindowDays)],
        ["OVD-007"] = [Number("planWindowDays", nameof(ComplianceOptions.PlanWindowDays), o => o.PlanWindowDays)],
        ["SUP-003"] = [Number("satisfactionTarget", nameof(ComplianceOptions.SatisfactionTarget), o => o.SatisfactionTarget)],
        ["SUP-004"] = [Number("reportBackWindowDays", nameof(ComplianceOptions.ReportBackWindowDays), o => o.ReportBackWindowDays)],
        ["SUP-005"] =
        [
            Number("minConcreteChars", nameof(ComplianceOptions.MinConcreteChars), o => o.MinConcreteChars),
            new("stockPhrases", nameof(ComplianceOptions.StockPhrases), o => o.StockPhrases.ToArray(), (o, t) => t.PhraseCount(o.StockPhrases.Count)),
        ],
        ["SUP-006"] = [Number("boilerplateMinOwners", nameof(ComplianceOptions.BoilerplateMinOwners), o => o.BoilerplateMinOwners)],
        ["MIS-005"] =
        [
            new("focusLists", nameof(ComplianceOptions.FocusLists), o => o.FocusLists?.ToArray(), (o, t) => o.FocusLists is { } lists ? string.Join(", ", lists) : t.FocusListsDefault),
        ],
        ["INC-003"] = [Number("minEducationMonths", nameof(ComplianceOptions.MinEducationMonths), o => o.MinEducationMonths)],
        ["ESC-001"] = [Number("atRiskThreshold", nameof(ComplianceOptions.AtRiskThreshold), o => o.AtRiskThreshold)],
    };

    /// <summary>The rule ids that have options.</summary>
    public static IEnumerable<string> RuleIds => ByRule.Keys;

    /// <summary>The options that affect a rule (none for most rules and for user rules).</summary>
    public static IReadOnlyList<RuleOption> Of(string ruleId) => ByRule.TryGetValue(ruleId, out var options) ? options : [];

    private static RuleOption Number(string name, string property, Func<ComplianceOptions, double> value) =>
        new(name, property, o => value(o), (o, _) => value(o).ToString(CultureInfo.InvariantCulture));

    private static RuleOption Deadline(string name, string property, Func<ComplianceOptions, DateOnly?> value, int month, int day) =>
        new(
            name,
            property,
            o => value(o)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            (o, t) => value(o) is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.DeadlineDefault(month, day));
}
