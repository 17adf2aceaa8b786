using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Superficial;

public class NotReportedBackTests
{
    private static readonly DateOnly Completed = new(2014, 6, 1);

    private static DatasetBuilder Base(DateOnly? reportedBackOn = null) =>
        new DatasetBuilder().Unit("U-1")
            .Opinion("O-1", receivedOn: new DateOnly(2014, 3, 20), reportedBackOn: reportedBackOn)
            .Problem("PR-1", opinionIds: ["O-1"]).Problem("PR-2", opinionIds: ["O-1", "O-1"]);

    [Fact]
    public void AllRectificationsFinishedAndNoReportBackAfterTheWindow_IsFlaggedOnTheLatestCompletion()
    {
        var dataset = Base()
            .Rectification("R-1", problemIds: ["PR-1"], status: RectificationStatus.Completed, completedOn: Completed.AddDays(-10))
            .Rectification("R-2", problemIds: ["PR-2"], status: RectificationStatus.ClosedOff, completedOn: Completed)
            .Build();

        RuleCheck.Subjects("SUP-004", dataset, Completed.AddDays(16)).Should().Equal("O-1");
        RuleCheck.Subjects("SUP-004", dataset, Completed.AddDays(15)).Should().BeEmpty();
    }

    [Fact]
    public void AProblemWithoutRectification_OrAnOpenRectification_IsNotFlagged()
    {
        var missing = Base().Rectification("R-1", problemIds: ["PR-1"], status: RectificationStatus.Completed, completedOn: Completed).Build();
        var open = Base()
            .Rectification("R-1", problemIds: ["PR-1", "PR-2"], status: RectificationStatus.Completed, completedOn: Completed)
            .Rectification("R-2", problemIds: ["PR-2"], status: RectificationStatus.InProgress)
            .Build();

        RuleCheck.Subjects("SUP-004", missing, Completed.AddDays(60)).Should().BeEmpty();
        RuleCheck.Subjects("SUP-004", open, Completed.AddDays(60)).Should().BeEmpty();
    }

    [Fact]
    public void ReportedBack_OrListedByNoProblem_IsNotFlagged()
    {
        var reported = Base(new DateOnly(2014, 7, 1))
            .Rectification("R-1", problemIds: ["PR-1", "PR-2"], status: RectificationStatus.Completed, completedOn: Completed).Build();
        var unlisted = new DatasetBuilder().Unit("U-1").Opinion("O-1").Build();

        RuleCheck.Subjects("SUP-004", reported, Completed.AddDays(60)).Should().BeEmpty();
        RuleCheck.Subjects("SUP-004", unlisted, Completed.AddDays(60)).Should().BeEmpty();
    }
}
