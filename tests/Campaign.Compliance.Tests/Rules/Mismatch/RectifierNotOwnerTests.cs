using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Mismatch;

public class RectifierNotOwnerTests
{
    private static DatasetBuilder Base() =>
        new DatasetBuilder().Unit("U-1").Person("P-1", "U-1").Person("P-2", "U-1")
            .Problem("PR-T").Problem("PR-1", personId: "P-1");

    [Fact]
    public void PersonalProblemRectifiedBySomeoneElse_IsFlagged() =>
        RuleCheck.Subjects("MIS-006", Base().Rectification("R-1", problemIds: ["PR-T", "PR-1"], responsiblePersonId: "P-2").Build()).Should().Equal("R-1");

    [Fact]
    public void NoResponsiblePerson_CountsAsNotTheOwner() =>
        RuleCheck.Subjects("MIS-006", Base().Rectification("R-1", problemIds: ["PR-1"], responsibleUnitId: "U-1").Build()).Should().Equal("R-1");

    [Fact]
    public void OwnerRectifies_OrTeamProblemOnly_IsNotFlagged()
    {
        RuleCheck.Subjects("MIS-006", Base().Rectification("R-1", problemIds: ["PR-1"], responsiblePersonId: "P-1").Build()).Should().BeEmpty();
        RuleCheck.Subjects("MIS-006", Base().Rectification("R-1", problemIds: ["PR-T"], responsiblePersonId: "P-2").Build()).Should().BeEmpty();
    }
}
