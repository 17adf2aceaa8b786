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
            .Match(() => o)
            .Match(() => p)
            .Match(() => d, x => Conditions.Unclaimed(o, x.Day, p.ClaimWindowDays));
        Then()
            .Yield(() => Emit.Opinion(RuleIds.OpinionUnclaimed, p, o));
    }
}
