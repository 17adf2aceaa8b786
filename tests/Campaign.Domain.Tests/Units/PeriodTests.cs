using Campaign.Domain.Tests.Builders;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Units;

public class PeriodTests
{
    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var act = () => new Period(A.D("2014-06-30"), A.D("2014-06-29"));

        act.Should().Throw<ArgumentException>().WithMessage("*2014-06-29*before*2014-06-30*");
    }

    [Fact]
    public void Contains_IncludesBothEnds()
    {
        var period = new Period(A.D("2014-03-10"), A.D("2014-06-30"));

        period.Contains(A.D("2014-03-10")).Should().BeTrue();
        period.Contains(A.D("2014-06-30")).Should().BeTrue();
        period.Contains(A.D("2014-03-09")).Should().BeFalse();
        period.Contains(A.D("2014-07-01")).Should().BeFalse();
    }

    [Fact]
    public void Equality_IsByValue()
    {
        new Period(A.D("2014-03-10"), A.D("2014-06-30")).Should().Be(new Period(A.D("2014-03-10"), A.D("2014-06-30")));
        new Period(A.D("2014-03-10"), A.D("2014-06-30")).Should().NotBe(new Period(A.D("2014-03-10"), A.D("2014-07-30")));
    }
}
