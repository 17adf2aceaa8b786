using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Tests.Rules.Incomplete;

public class ShortEducationTests
{
    private static Domain.Campaigns.CampaignDataset Dataset(DateOnly start, DateOnly end) =>
        new DatasetBuilder().Unit("U-1", education: new Period(start, end)).Build();

    [Fact]
    public void ExactlyThreeMonths_IsNotFlaggedADayLess_Is()
    {
        RuleCheck.Subjects("INC-003", Dataset(new DateOnly(2014, 3, 10), new DateOnly(2014, 6, 10))).Should().BeEmpty();
        RuleCheck.Subjects("INC-003", Dataset(new DateOnly(2014, 3, 10), new DateOnly(2014, 6, 9))).Should().Equal("U-1");
    }

    [Fact]
    public void MonthAddition_ClampsToTheLastDayOfTheMonth()
    {
        // 30 November + 3 months = 28 February (2014 is not a leap year).
        RuleCheck.Subjects("INC-003", Dataset(new DateOnly(2013, 11, 30), new DateOnly(2014, 2, 28))).Should().BeEmpty();
        RuleCheck.Subjects("INC-003", Dataset(new DateOnly(2013, 11, 30), new DateOnly(2014, 2, 27))).Should().Equal("U-1");
    }

    [Fact]
    public void NoEducationPeriod_IsNotFlagged() =>
        RuleCheck.Subjects("INC-003", new DatasetBuilder().Unit("U-1").Build()).Should().BeEmpty();

    [Fact]
    public void Minimum_IsAnOption() =>
        RuleCheck.Subjects("INC-003", Dataset(new DateOnly(2014, 3, 10), new DateOnly(2014, 6, 10)), options: new ComplianceOptions { MinEducationMonths = 4 }).Should().Equal("U-1");
}
