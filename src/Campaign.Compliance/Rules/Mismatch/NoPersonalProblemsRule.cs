using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.People;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-002: a principal leader or team member whose unit has a team problem and who owns no problem.</summary>
[ComplianceRule("MIS-002", RuleFamily.Mismatch, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Team member with no personal problems",
    TitleZh = "班子成员未查摆个人问题",
    MessageEn = "Person {subjectId} is on the leadership team of unit {unitId}, which has team problems, but owns no problem.",
    MessageZh = "{subjectId}是{unitId}的班子成员，班子已查摆问题，但本人未查摆任何个人问题。",
    Source = "Anhui Daily's review of the first stage: the problems of \"班子和个人\"; Du Jinguo, \"Education and practice lie in action\": against \"以班子存在的问题代替个人存在的问题\".",
    SourceZh = "《安徽省第二批党的群众路线教育实践活动第一环节工作综述》（《安徽日报》）：“查找班子和个人”存在的问题；杜金国《教育实践重在落实行动》：防止“以班子存在的问题代替个人存在的问题”。")]
[Name("NoPersonalProblems")]
internal sealed class NoPersonalProblemsRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => person, x => x.Role == PersonRole.PrincipalLeader || x.Role == PersonRole.TeamMember)
            .Not<ProblemProfile>(m => m.PersonId != null, m => m.PersonId == person.Id)
            .Exists<ProblemProfile>(m => m.TeamUnitId != null, m => m.TeamUnitId == person.UnitId);
        Then()
            .Yield(_ => Emit.Person<NoPersonalProblemsRule>(p, person));
    }
}
