using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Superficial;

public class VagueMeasureTests
{
    private static Domain.Campaigns.CampaignDataset Dataset(string measure) =>
        new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", measure: measure).Build();

    [Theory]
    [InlineData("进一步加强学习,提高认识,切实转变作风。")]
    [InlineData("Further STRENGTHEN the study of our work style!")]
    [InlineData("高度重视,12345")]
    public void StockPhrasesOnly_AreFlagged(string measure) =>
        RuleCheck.Subjects("SUP-005", Dataset(measure)).Should().Equal("R-1");

    [Fact]
    public void ExactlySixConcreteCharacters_IsNotFlaggedFiveIs()
    {
        RuleCheck.Subjects("SUP-005", Dataset("加强:每周公开台账")).Should().BeEmpty();
        RuleCheck.Subjects("SUP-005", Dataset("加强:每周公开台")).Should().Equal("R-1");
    }

    [Fact]
    public void OverlappingStockPhrases_LongestIsRemovedFirst()
    {
        // 高度重视 goes whole; with 重视 first, 高度 (2 chars) would stay and 4 concrete chars would make 6.
        RuleCheck.Subjects("SUP-005", Dataset("高度重视公开台账")).Should().Equal("R-1");
    }

    [Fact]
    public void FullWidthCharacters_AreFoldedByNfkc() =>
        RuleCheck.Subjects("SUP-005", Dataset("ＦＵＲＴＨＥＲ ａｂｃｄｅ")).Should().Equal("R-1");

    [Fact]
    public void StockPhrases_AreAnOption() =>
        RuleCheck.Subjects("SUP-005", Dataset("每月召开群众座谈会"), options: new ComplianceOptions { StockPhrases = ["每月召开群众座谈会"] }).Should().Equal("R-1");
}
