using Campaign.Domain.People;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Mismatch;

public class NoPersonalProblemsTests
{
    private static DatasetBuilder Base() =>
        new DatasetBuilder().Unit("U-1")
            .Person("P-L", "U-1", PersonRole.PrincipalLeader).Person("P-T", "U-1", PersonRole.TeamMember).Person("P-M", "U-1", PersonRole.Member);

    [Fact]
    public void LeadersWithoutProblemsInAUnitWithTeamProblems_AreFlagged() =>
        RuleCheck.Subjects("MIS-002", Base().Problem("PR-1").Build()).Should().Equal("P-L", "P-T");

    [Fact]
    public void ALeaderWhoOwnsAProblem_IsNotFlagged() =>
        RuleCheck.Subjects("MIS-002", Base().Problem("PR-1").Problem("PR-2", personId: "P-L").Problem("PR-3", personId: "P-T").Build()).Should().BeEmpty();

    [Fact]
    public void AUnitWithoutTeamProblems_FlagsNobody() =>
        RuleCheck.Subjects("MIS-002", Base().Problem("PR-2", personId: "P-M").Build()).Should().BeEmpty();
}
