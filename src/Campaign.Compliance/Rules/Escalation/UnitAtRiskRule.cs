using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Units;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Escalation;

/// <summary>
/// ESC-001: at least AtRiskThreshold findings of other rules with effective severity high have this unit as
/// their unit (details: highFindings). Forward chaining over Finding facts; withdrawn when they go.
/// Lowest priority, so it fires once the other findings are in.
/// </summary>
[ComplianceRule(RuleIds.UnitAtRisk)]
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
            .Yield(() => Emit.UnitAtRisk(p, u, high));
    }
}
