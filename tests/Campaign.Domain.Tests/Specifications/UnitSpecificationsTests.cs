using Campaign.Domain.Specifications;
using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Specifications;

public class UnitSpecificationsTests
{
    private static readonly Unit[] Units =
    [
        new DatasetBuilder().Unit("U-1").BuildUnit(),
        new DatasetBuilder().Unit("U-2", kind: UnitKind.VillageOrCommunity, parentId: "U-1", weakLax: new WeakLaxOrganisation(new DateOnly(2014, 3, 20))).BuildUnit(),
        new DatasetBuilder().Unit("U-3", kind: UnitKind.VillageOrCommunity, parentId: "U-1", education: new Period(new DateOnly(2014, 3, 1), new DateOnly(2014, 6, 1))).BuildUnit(),
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
        Unit[] units = [.. Units, new DatasetBuilder().Unit("U-4", kind: UnitKind.VillageOrCommunity, parentId: "U-3").BuildUnit(), new DatasetBuilder().Unit("U-5").BuildUnit()];

        var subtree = new UnitSubtree("U-3", units);

        subtree.Evaluate(units).Select(u => u.Id).Should().Equal("U-3", "U-4");
        new UnitSubtree("U-1", units).UnitIds.Should().Equal("U-1", "U-2", "U-3", "U-4");
    }

    [Fact]
    public void UnitSubtree_ParentLoop_IsWalkedOnce()
    {
        Unit[] units = [new DatasetBuilder().Unit("U-A", kind: UnitKind.VillageOrCommunity, parentId: "U-B").BuildUnit(), new DatasetBuilder().Unit("U-B", kind: UnitKind.VillageOrCommunity, parentId: "U-A").BuildUnit()];

        new UnitSubtree("U-A", units).UnitIds.Should().Equal("U-A", "U-B");
    }
}
