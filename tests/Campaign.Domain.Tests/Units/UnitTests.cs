using Campaign.Domain.Tests.Builders;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Units;

public class UnitTests
{
    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var education = new Period(A.D("2014-03-10"), A.D("2014-06-30"));
        var weakLax = new WeakLaxOrganisation(A.D("2014-03-20"));

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
        var act = () => A.Unit(parentId: "");

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
        A.Unit("U-1").Should().NotBe(A.Unit("U-1"));
    }
}
