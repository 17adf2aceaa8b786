using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>SUP-002: finished and the evaluation absent or by self (决不能以自我感觉代替群众评价).</summary>
[ComplianceRule(RuleIds.SelfAssessedOnly)]
[Name("SelfAssessedOnly")]
internal sealed class SelfAssessedOnlyRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => Conditions.SelfAssessedOnly(x.Rectification));
        Then()
            .Yield(() => Emit.Rectification(RuleIds.SelfAssessedOnly, p, r));
    }
}
