using Campaign.Domain.Specifications;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Specifications;

public class OpinionSpecificationsTests
{
    [Fact]
    public void NotClaimedAndNotReportedBack_FollowTheLifecycle()
    {
        var opinion = new DatasetBuilder().Opinion("O-1", unclaimed: true).BuildOpinion();

        new UnclaimedOpinions().IsSatisfiedBy(opinion).Should().BeTrue();
        opinion.Claim(DatasetBuilder.DefaultDay);
        new UnclaimedOpinions().IsSatisfiedBy(opinion).Should().BeFalse();
        new OpinionsNotReportedBack().IsSatisfiedBy(opinion).Should().BeTrue();
        opinion.ReportBack(DatasetBuilder.DefaultDay);
        new OpinionsNotReportedBack().IsSatisfiedBy(opinion).Should().BeFalse();
    }

    [Fact]
    public void PersonalAndOfUnit_Select()
    {
        var opinions = new[] { new DatasetBuilder().Opinion("O-1", unitId: "U-1", targetPersonId: "P-1", unclaimed: true).BuildOpinion(), new DatasetBuilder().Opinion("O-2", unitId: "U-1", unclaimed: true).BuildOpinion(), new DatasetBuilder().Opinion("O-3", unitId: "U-2", targetPersonId: "P-2", unclaimed: true).BuildOpinion() };

        new PersonalOpinions().And(new OpinionsOfUnit("U-1")).Evaluate(opinions).Select(o => o.Id).Should().Equal("O-1");
    }
}
