using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Opinions;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-006: unclaimed more than ClaimWindowDays after receipt (to asOf), or claimed later than that.</summary>
[ComplianceRule("OVD-006", RuleFamily.Overdue, FindingSeverity.Medium, RuleScope.Unit,
    TitleEn = "Opinion not claimed in time",
    TitleZh = "意见建议未及时认领",
    MessageEn = "Opinion {subjectId} was not claimed within the claim window after it was received.",
    MessageZh = "意见建议{subjectId}收到后未在认领时限内认领。",
    Source = "Weidu district committee's implementing opinion: \"领导班子及成员和有关部门要主动认领\".",
    SourceZh = "中共魏都区委《关于在全区党员中深入开展党的群众路线教育实践活动的实施意见》：“领导班子及成员和有关部门要主动认领”。")]
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
            .Yield(_ => Emit.Opinion<OpinionUnclaimedRule>(p, o));
    }
}
