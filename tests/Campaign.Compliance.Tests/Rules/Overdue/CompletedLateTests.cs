using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Overdue;

public class CompletedLateTests
{
    private static readonly DateOnly Deadline = new(2014, 5, 31);

    private static Domain.Campaigns.CampaignDataset Dataset(DateOnly completedOn, RectificationStatus status = RectificationStatus.Completed) =>
        new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", status: status, deadline: Deadline, completedOn: completedOn).Build();

    [Fact]
    public void CompletedAfterTheDeadline_IsFlaggedWithDaysLate() =>
        RuleCheck.Findings("OVD-002", Dataset(Deadline.AddDays(4))).Should().ContainSingle().Which.Details["daysLate"].Should().Be(4);

    [Fact]
    public void CompletedOnTheDeadlineDay_IsNotFlagged() =>
        RuleCheck.Findings("OVD-002", Dataset(Deadline)).Should().BeEmpty();

    [Fact]
    public void ClosedOffLate_IsFlaggedAsLow() =>
        RuleCheck.Findings("OVD-002", Dataset(Deadline.AddDays(1), RectificationStatus.ClosedOff)).Should().ContainSingle()
            .Which.Severity.Should().Be(global::Campaign.Compliance.Findings.FindingSeverity.Low);
}
