using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Facts;

/// <summary>
/// The thresholds and windows of the options, resolved for one dataset (deadlines in the campaign year),
/// and the effective severity of every rule. One per session; rules join it (a singleton, so the join is O(1)).
/// </summary>
internal sealed class RuleParameters
{
    private static readonly string UnitAtRiskId = ComplianceRuleDescriptor.Of<Rules.Escalation.UnitAtRiskRule>().Id;

    private readonly Dictionary<string, FindingSeverity> _severities;
    private readonly IReadOnlyDictionary<string, FindingSeverity> _overrides;

    public RuleParameters(ComplianceOptions options, CampaignRun campaign, ComplianceRuleCatalog catalog)
    {
        var year = campaign.Year;
        ImmediateWindowDays = options.ImmediateWindowDays;
        TeamStaffedDeadline = options.TeamStaffedDeadline ?? new DateOnly(year, 4, 30);
        ConsolidationDeadline = options.ConsolidationDeadline ?? new DateOnly(year, 6, 30);
        ClaimWindowDays = options.ClaimWindowDays;
        PlanWindowDays = options.PlanWindowDays;
        SatisfactionTarget = options.SatisfactionTarget;
        ReportBackWindowDays = options.ReportBackWindowDays;
        MinConcreteChars = options.MinConcreteChars;
        BoilerplateMinOwners = options.BoilerplateMinOwners;
        AtRiskThreshold = options.AtRiskThreshold;
        MinEducationMonths = options.MinEducationMonths;
        _overrides = new Dictionary<string, FindingSeverity>(options.SeverityOverrides, StringComparer.Ordinal);
        _severities = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);
        foreach (var rule in catalog.Rules)
        {
            _severities[rule.Id] = _overrides.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;
        }
    }

    public int ImmediateWindowDays { get; }

    public DateOnly TeamStaffedDeadline { get; }

    public DateOnly ConsolidationDeadline { get; }

    public int ClaimWindowDays { get; }

    public int PlanWindowDays { get; }

    public double SatisfactionTarget { get; }

    public int ReportBackWindowDays { get; }

    public int MinConcreteChars { get; }

    public int BoilerplateMinOwners { get; }

    public int AtRiskThreshold { get; }

    public int MinEducationMonths { get; }

    /// <summary>The effective severity of a catalog rule.</summary>
    public FindingSeverity SeverityOf(string ruleId) => _severities[ruleId];

    /// <summary>The finding with the severity the options give its rule (user findings included).</summary>
    public Finding Effective(Finding finding) =>
        _overrides.TryGetValue(finding.RuleId, out var severity) ? finding.WithSeverity(severity) : finding;

    /// <summary>ESC-001: whether a finding of another rule counts, by its effective severity.</summary>
    public bool CountsTowardsRisk(Finding finding) =>
        !string.Equals(finding.RuleId, UnitAtRiskId, StringComparison.Ordinal)
        && (_overrides.TryGetValue(finding.RuleId, out var severity) ? severity : finding.Severity) == FindingSeverity.High;
}
