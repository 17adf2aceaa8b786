using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Campaigns;

public class CampaignTests
{
    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var act = () => new CampaignRun("活动", CampaignBatch.Second, new DateOnly(2014, 3, 1), new DateOnly(2014, 2, 28));

        act.Should().Throw<ArgumentException>().WithMessage("*2014-02-28*before*2014-03-01*").Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void Constructor_EndOnStartDay_IsAccepted()
    {
        var campaign = new CampaignRun("活动", CampaignBatch.First, new DateOnly(2014, 3, 1), new DateOnly(2014, 3, 1));

        campaign.End.Should().Be(campaign.Start);
        campaign.Year.Should().Be(2014);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_EmptyName_Throws(string name)
    {
        var act = () => new CampaignRun(name, CampaignBatch.Second, new DateOnly(2014, 3, 1), new DateOnly(2014, 9, 30));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void FocusLists_WhenNotGiven_IsTheCentralListAlone()
    {
        var campaign = new DatasetBuilder().Build().Campaign;

        campaign.FocusLists.Should().Equal("C");
        campaign.AsOf.Should().Be(new DateOnly(2014, 7, 15));
    }

    [Fact]
    public void FocusLists_AreCopiedFromTheInput()
    {
        var lists = new List<string> { "C", "WD" };
        var campaign = new DatasetBuilder().Campaign(focusLists: lists).Build().Campaign;

        lists.Add("HN");

        campaign.FocusLists.Should().Equal("C", "WD");
    }

    [Fact]
    public void Constructor_EmptyListCode_Throws()
    {
        var act = () => new DatasetBuilder().Campaign(focusLists: ["C", ""]).Build().Campaign;

        act.Should().Throw<ArgumentException>().WithMessage("*Item 1*focusLists*");
    }
}
