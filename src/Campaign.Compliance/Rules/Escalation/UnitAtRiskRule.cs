using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Units;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Escalation;

/// <summary>
/// ESC-001: at least AtRiskThreshold findings of other rules with effective severity high have this unit as
/// their unit (details: highFindings). Forward chaining over Finding facts; withdrawn when they go.
/// Lowest priority, so it fires once the other findings are in.
/// </summary>
[ComplianceRule("ESC-001", RuleFamily.Escalation, FindingSeverity.High, RuleScope.Dataset,
    TitleEn = "Unit at risk",
    TitleZh = "单位问题突出",
    MessageEn = "Unit {subjectId} has {highFindings} high-severity findings.",
    MessageZh = "{subjectId}有{highFindings}项高严重程度的核查发现。",
    Source = "Derived from the unit's other findings, not from a passage of the campaign documents.",
    SourceZh = "由同一单位的其他核查发现推导得出，不直接出自活动文件。")]
[Name("UnitAtRisk")]
[Priority(-10)]
internal sealed class UnitAtRiskRule : Rule
{
    public override void Define()
    {
        Unit u = null!;
        RuleParameters p = null!;
        IEnumerable<Finding> high = null!;
        When()
            .Match(() => p)
            .Match(() => u)
            .Query(() => high, q => q.Match<Finding>(f => f.UnitId == u.Id, f => p.CountsTowardsRisk(f)).Collect())
            .Having(() => Conditions.Count(high) >= p.AtRiskThreshold);
        Then()
            .Yield(_ => Emit.UnitAtRisk<UnitAtRiskRule>(p, u, high));
    }
}
