using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Mismatch;

public class TeamProblemForPersonalOpinionTests
{
    private static DatasetBuilder Base() =>
        new DatasetBuilder().Unit("U-1").Person("P-1", "U-1")
            .Opinion("O-P", targetPersonId: "P-1").Opinion("O-U");

    [Fact]
    public void TeamProblemFromAPersonalOpinion_IsFlagged() =>
        RuleCheck.Subjects("MIS-001", Base().Problem("PR-1", opinionIds: ["O-U", "O-P"]).Build()).Should().Equal("PR-1");

    [Fact]
    public void TeamProblemFromUnitOpinionsOnly_IsNotFlagged() =>
        RuleCheck.Subjects("MIS-001", Base().Problem("PR-1", opinionIds: ["O-U"]).Build()).Should().BeEmpty();

    [Fact]
    public void IndividualProblemFromAPersonalOpinion_IsNotFlagged() =>
        RuleCheck.Subjects("MIS-001", Base().Problem("PR-1", personId: "P-1", opinionIds: ["O-P"]).Build()).Should().BeEmpty();
}
