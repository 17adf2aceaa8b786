using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>SUP-003: evaluated by the masses with satisfiedRate &lt; SatisfactionTarget, whatever the status.</summary>
[ComplianceRule(RuleIds.LowSatisfaction)]
[Name("LowSatisfaction")]
internal sealed class LowSatisfactionRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => Conditions.MassEvaluated(x.Rectification), x => Conditions.BelowTarget(x.Rectification, p.SatisfactionTarget));
        Then()
            .Yield(() => Emit.Rectification(RuleIds.LowSatisfaction, p, r));
    }
}
