using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>
/// SUP-004, first step: for each problem–opinion link, whether the problem has rectifications and all are
/// finished, and the latest completion. Yielded (truth maintenance): it follows the rectifications and goes with the link.
/// </summary>
[ComplianceRulePart(typeof(NotReportedBackRule))]
[Name("NotReportedBack.ProblemState")]
[Priority(10)]
internal sealed class OpinionProblemStateRule : Rule
{
    public override void Define()
    {
        ProblemOpinion link = null!;
        IEnumerable<RectificationProblem> rectifications = null!;
        When()
            .Match(() => link)
            .Query(() => rectifications, q => q.Match<RectificationProblem>(l => l.ProblemId == link.ProblemId).Collect());
        Then()
            .Yield(_ => OpinionProblemState.From(link, rectifications));
    }
}
