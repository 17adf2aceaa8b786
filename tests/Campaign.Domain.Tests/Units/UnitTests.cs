using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Units;

public class UnitTests
{
    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var education = new Period(new DateOnly(2014, 3, 10), new DateOnly(2014, 6, 30));
        var weakLax = new WeakLaxOrganisation(new DateOnly(2014, 3, 20));

        var unit = new Unit("U-BGSQ", "北关社区", UnitKind.VillageOrCommunity, UnitLevel.Village, "U-XDJ", education, weakLax);

        unit.Id.Should().Be("U-BGSQ");
        unit.Name.Should().Be("北关社区");
        unit.Kind.Should().Be(UnitKind.VillageOrCommunity);
        unit.Level.Should().Be(UnitLevel.Village);
        unit.ParentId.Should().Be("U-XDJ");
        unit.Education.Should().Be(education);
        unit.WeakLax.Should().BeSameAs(weakLax);
        unit.IsWeakLax.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Constructor_EmptyId_Throws(string? id)
    {
        var act = () => new Unit(id!, "名称", UnitKind.CountyLeadership, UnitLevel.County);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void Constructor_EmptyParentId_Throws()
    {
        var act = () => new DatasetBuilder().Unit("U-1", parentId: "").BuildUnit();

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("parentId");
    }

    [Fact]
    public void UnitKind_HasTheFourteenKindsOfTheDatasetFormatInOrder()
    {
        Enum.GetNames<UnitKind>().Should().Equal(
            "CountyLeadership", "DirectlyAffiliated", "LawEnforcementOrWindow", "ServiceIndustry", "TownshipOrStreet",
            "IndustrialCluster", "VillageOrCommunity", "EnterpriseOrInstitution", "StateOwnedEnterprise", "University",
            "SchoolOrKindergarten", "NonPublicEconomic", "SocialOrganisation", "OtherGrassroots");
    }

    [Fact]
    public void Entities_HaveReferenceIdentity()
    {
        new DatasetBuilder().Unit("U-1").BuildUnit().Should().NotBe(new DatasetBuilder().Unit("U-1").BuildUnit());
    }
}
