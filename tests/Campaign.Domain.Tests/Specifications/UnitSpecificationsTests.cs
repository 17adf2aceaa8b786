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
        UnitSpecifications.WeakLax.Evaluate(Units).Select(u => u.Id).Should().Equal("U-2");
    }

    [Fact]
    public void OfKindChildOfAndHasEducation_Compose()
    {
        var spec = UnitSpecifications.OfKind(UnitKind.VillageOrCommunity).And(UnitSpecifications.ChildOf("U-1")).And(UnitSpecifications.HasEducation);

        Units.AsQueryable().Where(spec.Expression).Select(u => u.Id).Should().Equal("U-3");
    }
}
