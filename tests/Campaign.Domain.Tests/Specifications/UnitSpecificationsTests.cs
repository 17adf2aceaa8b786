using Campaign.Domain.Specifications;
using Campaign.Domain.Tests.Builders;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Specifications;

public class UnitSpecificationsTests
{
    private static readonly Unit[] Units =
    [
        A.Unit("U-1"),
        A.Unit("U-2", UnitKind.VillageOrCommunity, "U-1", weakLax: new WeakLaxOrganisation(A.D("2014-03-20"))),
        A.Unit("U-3", UnitKind.VillageOrCommunity, "U-1", new Period(A.D("2014-03-01"), A.D("2014-06-01"))),
    ];

    [Fact]
    public void WeakLax_SelectsWeakAndLaxOrganisations()
    {
        new WeakLaxUnits().Evaluate(Units).Select(u => u.Id).Should().Equal("U-2");
    }

    [Fact]
    public void OfKindChildOfAndHasEducation_Compose()
    {
        var spec = new UnitsOfKind(UnitKind.VillageOrCommunity).And(new ChildUnitsOf("U-1")).And(new UnitsWithEducation());

        spec.Evaluate(Units).Select(u => u.Id).Should().Equal("U-3");
    }

    [Fact]
    public void UnitSubtree_HoldsTheRootAndEveryDescendant()
    {
        Unit[] units = [.. Units, A.Unit("U-4", UnitKind.VillageOrCommunity, "U-3"), A.Unit("U-5")];

        var subtree = new UnitSubtree("U-3", units);

        subtree.Evaluate(units).Select(u => u.Id).Should().Equal("U-3", "U-4");
        new UnitSubtree("U-1", units).UnitIds.Should().Equal("U-1", "U-2", "U-3", "U-4");
    }

    [Fact]
    public void UnitSubtree_ParentLoop_IsWalkedOnce()
    {
        Unit[] units = [A.Unit("U-A", UnitKind.VillageOrCommunity, "U-B"), A.Unit("U-B", UnitKind.VillageOrCommunity, "U-A")];

        new UnitSubtree("U-A", units).UnitIds.Should().Equal("U-A", "U-B");
    }
}
