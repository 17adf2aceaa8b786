using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Tests.Rules.Overdue;

public class WeakOrgTeamNotStaffedTests
{
    private static readonly DateOnly Deadline = new(2014, 4, 30);

    private static Domain.Campaigns.CampaignDataset Dataset(DateOnly? staffedOn, bool weak = true) =>
        new DatasetBuilder().Unit("U-V", UnitKind.VillageOrCommunity, weakLax: weak ? new WeakLaxOrganisation(new DateOnly(2014, 3, 10), staffedOn) : null).Build();

    [Fact]
    public void NotStaffedAfterThe30thOfApril_IsFlagged() =>
        RuleCheck.Subjects("OVD-004", Dataset(null), Deadline.AddDays(1)).Should().Equal("U-V");

    [Fact]
    public void NotStaffedOnTheDeadlineDay_IsNotFlagged() =>
        RuleCheck.Subjects("OVD-004", Dataset(null), Deadline).Should().BeEmpty();

    [Fact]
    public void StaffedLate_IsFlaggedStaffedOnTime_IsNot()
    {
        RuleCheck.Subjects("OVD-004", Dataset(Deadline.AddDays(1)), Deadline.AddDays(60)).Should().Equal("U-V");
        RuleCheck.Subjects("OVD-004", Dataset(Deadline), Deadline.AddDays(60)).Should().BeEmpty();
    }

    [Fact]
    public void NotWeakAndLax_IsNotFlagged() =>
        RuleCheck.Subjects("OVD-004", Dataset(null, weak: false), Deadline.AddDays(60)).Should().BeEmpty();

    [Fact]
    public void Deadline_IsAnOption() =>
        RuleCheck.Subjects("OVD-004", Dataset(new DateOnly(2014, 5, 10)), Deadline.AddDays(60), new ComplianceOptions { TeamStaffedDeadline = new DateOnly(2014, 5, 15) }).Should().BeEmpty();
}
