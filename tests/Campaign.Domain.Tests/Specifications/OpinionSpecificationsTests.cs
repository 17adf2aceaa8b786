using Campaign.Domain.Specifications;
using Campaign.Domain.Tests.Builders;

namespace Campaign.Domain.Tests.Specifications;

public class OpinionSpecificationsTests
{
    [Fact]
    public void NotClaimedAndNotReportedBack_FollowTheLifecycle()
    {
        var opinion = A.Opinion();

        new UnclaimedOpinions().IsSatisfiedBy(opinion).Should().BeTrue();
        opinion.Claim(A.Day);
        new UnclaimedOpinions().IsSatisfiedBy(opinion).Should().BeFalse();
        new OpinionsNotReportedBack().IsSatisfiedBy(opinion).Should().BeTrue();
        opinion.ReportBack(A.Day);
        new OpinionsNotReportedBack().IsSatisfiedBy(opinion).Should().BeFalse();
    }

    [Fact]
    public void PersonalAndOfUnit_Select()
    {
        var opinions = new[] { A.Opinion("O-1", "U-1", targetPersonId: "P-1"), A.Opinion("O-2", "U-1"), A.Opinion("O-3", "U-2", targetPersonId: "P-2") };

        new PersonalOpinions().And(new OpinionsOfUnit("U-1")).Evaluate(opinions).Select(o => o.Id).Should().Equal("O-1");
    }
}
