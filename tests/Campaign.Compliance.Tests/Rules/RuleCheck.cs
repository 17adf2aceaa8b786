using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Tests.Rules;

/// <summary>Runs the check and keeps the findings of one rule; the default checker is compiled once.</summary>
internal static class RuleCheck
{
    private static readonly Lazy<ComplianceChecker> Default = new(() => new ComplianceChecker());

    public static IReadOnlyList<Finding> Findings(string ruleId, CampaignDataset dataset, DateOnly? asOf = null, ComplianceOptions? options = null)
    {
        var checker = options is null ? Default.Value : new ComplianceChecker(options);
        var report = checker.Check(dataset, asOf);
        report.RuleFailures.Should().BeEmpty();
        return report.Findings.Where(f => f.RuleId == ruleId).ToList();
    }

    public static IReadOnlyList<string> Subjects(string ruleId, CampaignDataset dataset, DateOnly? asOf = null, ComplianceOptions? options = null) =>
        Findings(ruleId, dataset, asOf, options).Select(f => f.SubjectId).ToList();
}
