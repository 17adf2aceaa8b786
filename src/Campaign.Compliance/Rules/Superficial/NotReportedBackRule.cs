using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Opinions;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>
/// SUP-004: at least one problem lists the opinion, every such problem has rectifications and all of them are
/// finished, reportedBackOn is absent, and days(latest completedOn, asOf) &gt; ReportBackWindowDays.
/// </summary>
[ComplianceRule("SUP-004", RuleFamily.Superficial, FindingSeverity.Medium, RuleScope.Unit,
    TitleEn = "Result not reported back to the masses",
    TitleZh = "整改结果未向群众反馈",
    MessageEn = "Opinion {subjectId}: all its rectifications are finished but the result was not reported back to the masses in time.",
    MessageZh = "意见建议{subjectId}涉及的整改均已完成，但未及时向群众反馈。",
    Source = "Weidu district committee's implementing opinion: \"进行原汁原味地反馈……及时向群众反馈\".",
    SourceZh = "中共魏都区委《关于在全区党员中深入开展党的群众路线教育实践活动的实施意见》：“进行原汁原味地反馈……及时向群众反馈”。")]
[Name("NotReportedBack")]
internal sealed class NotReportedBackRule : Rule
{
    public override void Define()
    {
        Opinion o = null!;
        IEnumerable<OpinionProblemState> states = null!;
        RuleParameters p = null!;
        EvaluationDate d = null!;
        When()
            .Match(() => p)
            .Match(() => d)
            .Match(() => o, x => x.ReportedBackOn == null)
            .Query(() => states, q => q.Match<OpinionProblemState>(s => s.OpinionId == o.Id).Collect())
            .Having(() => Conditions.AllResolved(states) && d.Day - Conditions.LatestCompletion(states) > p.ReportBackWindowDays);
        Then()
            .Yield(_ => Emit.Opinion<NotReportedBackRule>(p, o, Conditions.ProblemIds(states)));
    }
}
