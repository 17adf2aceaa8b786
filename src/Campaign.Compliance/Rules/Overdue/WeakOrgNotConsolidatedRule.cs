using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Domain.Units;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-005: weak and lax, and not consolidated with asOf past the deadline, or consolidated after it.</summary>
[ComplianceRule(RuleIds.WeakOrgNotConsolidated)]
[Name("WeakOrgNotConsolidated")]
internal sealed class WeakOrgNotConsolidatedRule : Rule
{
    public override void Define()
    {
        Unit u = null!;
        RuleParameters p = null!;
        EvaluationDate d = null!;
        When()
            .Match(() => p)
            .Match(() => d)
            .Match(() => u, x => x.WeakLax != null, x => Conditions.MissedDeadline(x.WeakLax!.ConsolidatedOn, p.ConsolidationDeadline, d.AsOf));
        Then()
            .Yield(() => Emit.Unit(RuleIds.WeakOrgNotConsolidated, p, u));
    }
}
