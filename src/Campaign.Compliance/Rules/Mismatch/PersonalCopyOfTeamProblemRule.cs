using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-003: an individual problem whose text is the same as a team problem of the same unit (related: those team problems).</summary>
[ComplianceRule("MIS-003", RuleFamily.Mismatch, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Personal problem copied from a team problem",
    TitleZh = "个人问题照抄班子问题",
    MessageEn = "Problem {subjectId} is an individual problem with the same text as a team problem of its unit ({related}).",
    MessageZh = "个人问题{subjectId}与本单位班子问题（{related}）表述相同。",
    Source = "Du Jinguo, \"Education and practice lie in action\": against \"以班子存在的问题代替个人存在的问题\"; a personal problem copied from the team's is such a case.",
    SourceZh = "杜金国《教育实践重在落实行动》：防止“以班子存在的问题代替个人存在的问题”；个人问题照抄班子问题即属此类。")]
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
            .Yield(_ => Emit.Problem<PersonalCopyOfTeamProblemRule>(p, x, Conditions.Ids(teams), FindingDetails.Empty));
    }
}
