using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Domain.People;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-002: a principal leader or team member whose unit has a team problem and who owns no problem.</summary>
[ComplianceRule(RuleIds.NoPersonalProblems)]
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
            .Yield(() => Emit.Person(RuleIds.NoPersonalProblems, p, person));
    }
}
