using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Overdue;

public class ProblemWithoutRectificationTests
{
    private static readonly DateOnly Identified = new(2014, 4, 1);

    [Fact]
    public void NoRectificationAfterTheWindow_IsFlagged() =>
        RuleCheck.Subjects("OVD-007", new DatasetBuilder().Unit("U-1").Problem("PR-1", identifiedOn: Identified).Build(), Identified.AddDays(31)).Should().Equal("PR-1");

    [Fact]
    public void ExactlyTheWindow_IsNotFlagged() =>
        RuleCheck.Subjects("OVD-007", new DatasetBuilder().Unit("U-1").Problem("PR-1", identifiedOn: Identified).Build(), Identified.AddDays(30)).Should().BeEmpty();

    [Fact]
    public void ListedBySecondProblemOfARectification_IsNotFlagged() =>
        RuleCheck.Subjects(
            "OVD-007",
            new DatasetBuilder().Unit("U-1").Problem("PR-1", identifiedOn: Identified).Problem("PR-2", identifiedOn: Identified).Rectification("R-1", problemIds: ["PR-2", "PR-1"]).Build(),
            Identified.AddDays(90)).Should().BeEmpty();
}
