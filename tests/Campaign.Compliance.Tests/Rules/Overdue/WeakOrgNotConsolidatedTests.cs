using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Tests.Rules.Overdue;

public class WeakOrgNotConsolidatedTests
{
    private static readonly DateOnly Deadline = new(2014, 6, 30);

    private static Domain.Campaigns.CampaignDataset Dataset(DateOnly? consolidatedOn) =>
        new DatasetBuilder().Unit("U-V", UnitKind.VillageOrCommunity, weakLax: new WeakLaxOrganisation(new DateOnly(2014, 3, 10), new DateOnly(2014, 4, 20), consolidatedOn)).Build();

    [Fact]
    public void NotConsolidatedAfterThe30thOfJune_IsFlagged() =>
        RuleCheck.Subjects("OVD-005", Dataset(null), Deadline.AddDays(1)).Should().Equal("U-V");

    [Fact]
    public void NotConsolidatedOnTheDeadlineDay_IsNotFlagged() =>
        RuleCheck.Subjects("OVD-005", Dataset(null), Deadline).Should().BeEmpty();

    [Fact]
    public void ConsolidatedLate_IsFlaggedEvenBeforeTheDeadlineIsReachedByAsOf() =>
        RuleCheck.Subjects("OVD-005", Dataset(Deadline.AddDays(1)), Deadline.AddDays(1)).Should().Equal("U-V");

    [Fact]
    public void Deadline_FollowsTheCampaignYear()
    {
        var dataset = new DatasetBuilder()
            .Campaign(start: new DateOnly(2013, 6, 1), end: new DateOnly(2014, 1, 31), asOf: new DateOnly(2013, 7, 1))
            .Unit("U-V", UnitKind.VillageOrCommunity, weakLax: new WeakLaxOrganisation(new DateOnly(2013, 6, 10)))
            .Build();

        RuleCheck.Subjects("OVD-005", dataset, new DateOnly(2013, 7, 1)).Should().Equal("U-V");
    }
}
