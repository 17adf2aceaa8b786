using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Units;

public class PeriodTests
{
    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var act = () => new Period(new DateOnly(2014, 6, 30), new DateOnly(2014, 6, 29));

        act.Should().Throw<ArgumentException>().WithMessage("*2014-06-29*before*2014-06-30*");
    }

    [Fact]
    public void Contains_IncludesBothEnds()
    {
        var period = new Period(new DateOnly(2014, 3, 10), new DateOnly(2014, 6, 30));

        period.Contains(new DateOnly(2014, 3, 10)).Should().BeTrue();
        period.Contains(new DateOnly(2014, 6, 30)).Should().BeTrue();
        period.Contains(new DateOnly(2014, 3, 9)).Should().BeFalse();
        period.Contains(new DateOnly(2014, 7, 1)).Should().BeFalse();
    }

    [Fact]
    public void Equality_IsByValue()
    {
        new Period(new DateOnly(2014, 3, 10), new DateOnly(2014, 6, 30)).Should().Be(new Period(new DateOnly(2014, 3, 10), new DateOnly(2014, 6, 30)));
        new Period(new DateOnly(2014, 3, 10), new DateOnly(2014, 6, 30)).Should().NotBe(new Period(new DateOnly(2014, 3, 10), new DateOnly(2014, 7, 30)));
    }
}
