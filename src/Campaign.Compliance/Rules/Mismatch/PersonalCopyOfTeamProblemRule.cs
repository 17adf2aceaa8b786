using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-003: an individual problem whose text is the same as a team problem of the same unit (related: those team problems).</summary>
[ComplianceRule(RuleIds.PersonalCopyOfTeamProblem)]
[Name("PersonalCopyOfTeamProblem")]
internal sealed class PersonalCopyOfTeamProblemRule : Rule
{
    public override void Define()
    {
        ProblemProfile x = null!;
        IEnumerable<ProblemProfile> teams = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => x, m => !m.IsTeam, m => m.TextKey != null)
            .Query(() => teams, q => q.Match<ProblemProfile>(t => t.TeamTextKey != null, t => t.TeamTextKey == x.TextKey).Collect())
            .Having(() => Conditions.Count(teams) > 0);
        Then()
            .Yield(() => Emit.Problem(RuleIds.PersonalCopyOfTeamProblem, p, x, Conditions.Ids(teams), FindingDetails.Empty));
    }
}
