using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-001: a team problem one of whose opinions names a person (以班子存在的问题代替个人存在的问题).</summary>
[ComplianceRule(RuleIds.TeamProblemForPersonalOpinion)]
[Name("TeamProblemForPersonalOpinion")]
internal sealed class TeamProblemForPersonalOpinionRule : Rule
{
    public override void Define()
    {
        ProblemProfile x = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => x, m => m.IsTeam)
            .Exists<ProblemOpinion>(l => l.ProblemId == x.ProblemId, l => l.OpinionIsPersonal);
        Then()
            .Yield(() => Emit.Problem(RuleIds.TeamProblemForPersonalOpinion, p, x, x.Problem.OpinionIds, FindingDetails.Empty));
    }
}
