using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-001: a team problem one of whose opinions names a person (以班子存在的问题代替个人存在的问题).</summary>
[ComplianceRule("MIS-001", RuleFamily.Mismatch, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Personal opinion filed as a team problem",
    TitleZh = "以班子问题代替个人问题",
    MessageEn = "Problem {subjectId} is a team problem but comes from an opinion about one person.",
    MessageZh = "问题{subjectId}来源于针对个人的意见，却作为班子问题查摆。",
    Source = "Du Jinguo, \"Education and practice lie in action\": against \"以班子存在的问题代替个人存在的问题\".",
    SourceZh = "杜金国《教育实践重在落实行动》：防止“以班子存在的问题代替个人存在的问题”。")]
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
            .Yield(_ => Emit.Problem<TeamProblemForPersonalOpinionRule>(p, x, x.Problem.OpinionIds, FindingDetails.Empty));
    }
}
