using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Domain.Opinions;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-006: unclaimed more than ClaimWindowDays after receipt (to asOf), or claimed later than that.</summary>
[ComplianceRule(RuleIds.OpinionUnclaimed)]
[Name("OpinionUnclaimed")]
internal sealed class OpinionUnclaimedRule : Rule
{
    public override void Define()
    {
        Opinion o = null!;
        RuleParameters p = null!;
        EvaluationDate d = null!;
        When()
            .Match(() => p)
            .Match(() => d)
            .Match(() => o, x => Conditions.Unclaimed(x, d.Day, p.ClaimWindowDays));
        Then()
            .Yield(() => Emit.Opinion(RuleIds.OpinionUnclaimed, p, o));
    }
}
