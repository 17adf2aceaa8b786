using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Overdue;

public class ImmediateNotImmediateTests
{
    private static readonly DateOnly Found = new(2014, 4, 1);

    private static Domain.Campaigns.CampaignDataset Dataset(RectificationStatus status, DateOnly? completedOn = null, RectificationMode mode = RectificationMode.Immediate) =>
        new DatasetBuilder().Unit("U-1")
            .Problem("PR-1", identifiedOn: Found).Problem("PR-2", identifiedOn: Found.AddDays(10))
            .Rectification("R-1", problemIds: ["PR-2", "PR-1"], status: status, completedOn: completedOn, mode: mode)
            .Build();

    [Fact]
    public void OpenLongerThanTheWindowFromTheEarliestProblem_IsFlagged() =>
        RuleCheck.Subjects("OVD-003", Dataset(RectificationStatus.InProgress), Found.AddDays(31)).Should().Equal("R-1");

    [Fact]
    public void OpenExactlyTheWindow_IsNotFlagged() =>
        RuleCheck.Subjects("OVD-003", Dataset(RectificationStatus.InProgress), Found.AddDays(30)).Should().BeEmpty();

    [Fact]
    public void FinishedItem_IsMeasuredToTheCompletionDayNotAsOf()
    {
        RuleCheck.Subjects("OVD-003", Dataset(RectificationStatus.Completed, Found.AddDays(30)), Found.AddDays(200)).Should().BeEmpty();
        RuleCheck.Subjects("OVD-003", Dataset(RectificationStatus.Completed, Found.AddDays(31)), Found.AddDays(31)).Should().Equal("R-1");
    }

    [Fact]
    public void ScheduledItem_IsNotFlagged() =>
        RuleCheck.Subjects("OVD-003", Dataset(RectificationStatus.InProgress, mode: RectificationMode.Scheduled), Found.AddDays(90)).Should().BeEmpty();

    [Fact]
    public void Window_IsAnOption() =>
        RuleCheck.Subjects("OVD-003", Dataset(RectificationStatus.InProgress), Found.AddDays(11), new ComplianceOptions { ImmediateWindowDays = 10 }).Should().Equal("R-1");
}
