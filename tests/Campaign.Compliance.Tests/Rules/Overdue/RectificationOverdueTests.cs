using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Overdue;

public class RectificationOverdueTests
{
    private static readonly DateOnly Deadline = new(2014, 6, 30);

    private static Domain.Campaigns.CampaignDataset Dataset(RectificationStatus status = RectificationStatus.InProgress, bool noDeadline = false) =>
        new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", status: status, deadline: Deadline, noDeadline: noDeadline).Build();

    [Fact]
    public void OpenPastTheDeadline_IsFlaggedWithDaysOverdue()
    {
        var finding = RuleCheck.Findings("OVD-001", Dataset(), Deadline.AddDays(15)).Should().ContainSingle().Subject;

        finding.SubjectId.Should().Be("R-1");
        finding.UnitId.Should().Be("U-1");
        finding.Details["daysOverdue"].Should().Be(15);
        finding.Related.Should().Equal("PR-1");
    }

    [Fact]
    public void OnTheDeadlineDay_IsNotFlagged() =>
        RuleCheck.Findings("OVD-001", Dataset(), Deadline).Should().BeEmpty();

    [Fact]
    public void TheDayAfterTheDeadline_IsFlaggedWithOneDay() =>
        RuleCheck.Findings("OVD-001", Dataset(), Deadline.AddDays(1)).Should().ContainSingle().Which.Details["daysOverdue"].Should().Be(1);

    [Fact]
    public void FinishedOrWithoutDeadline_IsNotFlagged()
    {
        RuleCheck.Findings("OVD-001", Dataset(RectificationStatus.Completed), Deadline.AddDays(30)).Should().BeEmpty();
        RuleCheck.Findings("OVD-001", Dataset(noDeadline: true), Deadline.AddDays(30)).Should().BeEmpty();
    }
}
