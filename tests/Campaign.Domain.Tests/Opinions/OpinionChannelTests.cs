using Campaign.Domain.Opinions;

namespace Campaign.Domain.Tests.Opinions;

public class OpinionChannelTests
{
    [Fact]
    public void Known_ListsTheChannelsOfTheDatasetFormat()
    {
        OpinionChannel.Known.Should().Equal(
            "homeVisit", "forum", "questionnaire", "hotline", "lettersAndVisits", "solicitationLetter", "onlinePlatform", "interview");
    }

    [Theory]
    [InlineData("hotline", true)]
    [InlineData("Hotline", false)]
    [InlineData("民意快线", false)]
    [InlineData(null, false)]
    public void IsKnown_ComparesOrdinally(string? channel, bool expected)
    {
        OpinionChannel.IsKnown(channel).Should().Be(expected);
    }
}
