using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Units;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.UserRules;

/// <summary>
/// A user rule that reads findings: a unit with at least ten findings of other rules. Declared
/// <see cref="RuleScope.Unit"/>, yet a partitioned check runs it after every other rule, with every finding.
/// </summary>
[ComplianceRule("USR-004", RuleFamily.Escalation, FindingSeverity.Low, RuleScope.Unit,
    TitleEn = "Many findings", TitleZh = "问题较多",
    MessageEn = "Unit {subjectId} has {findings} findings.", MessageZh = "{subjectId}有{findings}项问题。",
    Source = "Local practice (example user rule).",
    SourceZh = "本地做法（用户规则示例）。")]
[Name("ManyFindings")]
public sealed class ManyFindingsRule : Rule
{
    public override void Define()
    {
        Unit u = null!;
        IEnumerable<Finding> findings = null!;
        When()
            .Match(() => u)
            .Query(() => findings, q => q.Match<Finding>(f => f.UnitId == u.Id, f => f.RuleId != "USR-004").Collect())
            .Having(() => findings.Count() >= 10);
        Then()
            .Yield(_ => new Finding(ComplianceRuleDescriptor.Of<ManyFindingsRule>(), FindingSeverity.Low, SubjectType.Unit, u.Id, u.Id,
                null, FindingDetails.Of("findings", findings.Count()), null));
    }
}
