using Campaign.Domain.Focus;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Focus;

public class FocusProblemTests
{
    [Fact]
    public void Constructor_NoKind_Throws()
    {
        var act = () => new FocusProblem("FP.X.A.01", "X", [], "甲", "A");

        act.Should().Throw<ArgumentException>().WithMessage("*FP.X.A.01*at least one unit kind*");
    }

    [Theory]
    [InlineData("", "A")]
    [InlineData("甲", " ")]
    public void Constructor_EmptyText_Throws(string chinese, string english)
    {
        var act = () => new FocusProblem("FP.X.A.01", "X", [UnitKind.University], chinese, english);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void UnitKinds_AreKeptInEnumOrderOnce()
    {
        var problem = new FocusProblem("FP.X.A.01", "X", [UnitKind.University, UnitKind.CountyLeadership, UnitKind.University], "甲", "A");

        problem.UnitKinds.Should().Equal(UnitKind.CountyLeadership, UnitKind.University);
        problem.AppliesToEveryKind.Should().BeFalse();
        problem.AppliesTo(UnitKind.University).Should().BeTrue();
        problem.AppliesTo(UnitKind.ServiceIndustry).Should().BeFalse();
    }

    [Fact]
    public void ForEveryKind_AppliesToEveryKind()
    {
        var problem = FocusProblem.ForEveryKind("FP.X.ALL.01", "X", "组织涣散", "Laxity");

        problem.AppliesToEveryKind.Should().BeTrue();
        problem.UnitKinds.Should().Equal(Enum.GetValues<UnitKind>());
    }
}
