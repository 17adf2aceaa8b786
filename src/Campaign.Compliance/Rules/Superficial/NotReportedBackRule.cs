using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Domain.Opinions;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>
/// SUP-004: at least one problem lists the opinion, every such problem has rectifications and all of them are
/// finished, reportedBackOn is absent, and days(latest completedOn, asOf) &gt; ReportBackWindowDays.
/// </summary>
[ComplianceRule(RuleIds.NotReportedBack)]
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
            .Yield(() => Emit.Opinion(RuleIds.NotReportedBack, p, o, Conditions.ProblemIds(states)));
    }
}
