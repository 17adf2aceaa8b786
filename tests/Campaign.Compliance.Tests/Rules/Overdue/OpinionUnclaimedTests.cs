using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Overdue;

public class OpinionUnclaimedTests
{
    private static readonly DateOnly Received = new(2014, 4, 1);

    [Fact]
    public void UnclaimedMoreThan30Days_IsFlagged() =>
        RuleCheck.Subjects("OVD-006", new DatasetBuilder().Unit("U-1").Opinion("O-1", receivedOn: Received, unclaimed: true).Build(), Received.AddDays(31)).Should().Equal("O-1");

    [Fact]
    public void UnclaimedExactly30Days_IsNotFlagged() =>
        RuleCheck.Subjects("OVD-006", new DatasetBuilder().Unit("U-1").Opinion("O-1", receivedOn: Received, unclaimed: true).Build(), Received.AddDays(30)).Should().BeEmpty();

    [Fact]
    public void ClaimedLate_IsFlaggedClaimedOnTheLastDay_IsNot()
    {
        RuleCheck.Subjects("OVD-006", new DatasetBuilder().Unit("U-1").Opinion("O-1", receivedOn: Received, claimedOn: Received.AddDays(31)).Build(), Received.AddDays(90)).Should().Equal("O-1");
        RuleCheck.Subjects("OVD-006", new DatasetBuilder().Unit("U-1").Opinion("O-1", receivedOn: Received, claimedOn: Received.AddDays(30)).Build(), Received.AddDays(90)).Should().BeEmpty();
    }
}
