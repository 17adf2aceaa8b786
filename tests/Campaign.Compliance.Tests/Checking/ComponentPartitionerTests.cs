using Campaign.Compliance.Checking;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Tests.Checking;

public class ComponentPartitionerTests
{
    [Fact]
    public void Of_UnitsWithOnlyTheirOwnRecords_AreOneComponentEach()
    {
        var dataset = new DatasetBuilder()
            .Unit("U-1").Unit("U-2").Unit("U-3")
            .Person("P-1", "U-1").Person("P-2", "U-2")
            .Opinion("O-1", "U-1").Opinion("O-3", "U-3")
            .Problem("PR-1", "U-1", personId: "P-1", opinionIds: ["O-1"])
            .Problem("PR-2", "U-2", personId: "P-2")
            .Rectification("R-1", ["PR-1"])
            .Build();

        var partitioner = ComponentPartitioner.Of(dataset)!;

        partitioner.ComponentCount.Should().Be(3);
        partitioner.Split(3).Select(UnitIds).Should().BeEquivalentTo(new[] { new[] { "U-1" }, ["U-2"], ["U-3"] });
    }

    [Fact]
    public void Of_UnitsUnderOneParent_AreNotJoinedByTheHierarchy()
    {
        var campaign = new DatasetBuilder().Build().Campaign;
        var dataset = new CampaignDataset(campaign, [
            new Unit("U-0", "上级", UnitKind.CountyLeadership, UnitLevel.County),
            new Unit("U-1", "下级一", UnitKind.TownshipOrStreet, UnitLevel.Township, parentId: "U-0"),
            new Unit("U-2", "下级二", UnitKind.TownshipOrStreet, UnitLevel.Township, parentId: "U-0"),
        ]);

        ComponentPartitioner.Of(dataset)!.ComponentCount.Should().Be(3);
    }

    [Fact]
    public void Split_OpinionNamedByProblemsOfTwoUnits_KeepsTheThreeUnitsTogether()
    {
        var dataset = new DatasetBuilder()
            .Unit("U-1").Unit("U-2").Unit("U-3").Unit("U-4")
            .Opinion("O-1", "U-2")
            .Problem("PR-1", "U-1", opinionIds: ["O-1"])
            .Problem("PR-3", "U-3", opinionIds: ["O-1"])
            .Build();

        var partitioner = ComponentPartitioner.Of(dataset)!;

        partitioner.ComponentCount.Should().Be(2);
        partitioner.Split(4).Select(UnitIds).Should().BeEquivalentTo(new[] { new[] { "U-1", "U-2", "U-3" }, ["U-4"] });
    }

    [Fact]
    public void Split_RectificationListingProblemsOfTwoUnits_KeepsThemTogetherWithTheRectification()
    {
        var dataset = new DatasetBuilder()
            .Unit("U-1").Unit("U-2").Unit("U-3")
            .Problem("PR-1", "U-1").Problem("PR-2", "U-2").Problem("PR-3", "U-3")
            .Rectification("R-1", ["PR-2", "PR-1"])
            .Build();

        var parts = ComponentPartitioner.Of(dataset)!.Split(3);

        var withRectification = parts.Should().ContainSingle(p => p.Rectifications.Count == 1).Subject;
        UnitIds(withRectification).Should().Equal("U-1", "U-2");
        withRectification.Problems.Select(p => p.Id).Should().Equal("PR-1", "PR-2");
    }

    [Fact]
    public void Split_IndividualOwnerOfAnotherUnit_JoinsTheOwnersUnit()
    {
        var dataset = new DatasetBuilder()
            .Unit("U-1").Unit("U-2")
            .Person("P-2", "U-2")
            .Problem("PR-1", "U-1", personId: "P-2")
            .Build();

        ComponentPartitioner.Of(dataset)!.ComponentCount.Should().Be(1);
    }

    [Fact]
    public void Split_PersonOfAUnitWithoutRecord_IsKeptInAPart()
    {
        var dataset = new DatasetBuilder().Unit("U-1").Build();
        var withStray = new CampaignDataset(dataset.Campaign, dataset.Units, [new Domain.People.Person("P-9", "人", "U-9", Domain.People.PersonRole.Member)]);

        var parts = ComponentPartitioner.Of(withStray)!.Split(2);

        parts.SelectMany(p => p.People).Select(p => p.Id).Should().Equal("P-9");
        parts.Should().HaveCount(2);
    }

    [Fact]
    public void Of_ProblemNamingAnUnknownOpinion_CannotSplit()
    {
        var dataset = new DatasetBuilder().Problem("PR-1", opinionIds: ["O-404"]).Build();

        ComponentPartitioner.Of(dataset).Should().BeNull();
    }

    [Fact]
    public void Split_GeneratedCounty_HoldsEveryRecordOnceInInputOrderAndIsDeterministic()
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.County, 3);

        var parts = ComponentPartitioner.Of(dataset)!.Split(3);
        var again = ComponentPartitioner.Of(dataset)!.Split(3);

        parts.Should().HaveCount(3);
        parts.SelectMany(p => p.Units).Select(u => u.Id).Should().BeEquivalentTo(dataset.Units.Select(u => u.Id));
        parts.SelectMany(p => p.Problems).Select(u => u.Id).Should().BeEquivalentTo(dataset.Problems.Select(u => u.Id));
        parts.SelectMany(p => p.Rectifications).Should().HaveCount(dataset.Rectifications.Count);
        parts.SelectMany(p => p.Opinions).Should().HaveCount(dataset.Opinions.Count);
        parts.SelectMany(p => p.People).Should().HaveCount(dataset.People.Count);
        var position = dataset.Problems.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var part in parts)
        {
            part.Campaign.Should().BeSameAs(dataset.Campaign);
            part.Problems.Select(p => position[p.Id]).Should().BeInAscendingOrder();
        }

        again.Select(UnitIds).Should().BeEquivalentTo(parts.Select(UnitIds), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Split_GeneratedCounty_BalancesTheParts()
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.County, 1);

        var sizes = ComponentPartitioner.Of(dataset)!.Split(2).Select(Records).ToArray();

        sizes.Sum().Should().Be(Records(dataset));
        Math.Abs(sizes[0] - sizes[1]).Should().BeLessThan(Records(dataset) / 20);
    }

    [Fact]
    public void Pack_LargestFirstIntoTheLightestBin()
    {
        var bins = ComponentPartitioner.Pack([5, 4, 3, 3, 1], 2);

        bins.Should().Equal(0, 1, 1, 0, 1);
    }

    [Fact]
    public void Pack_EqualSizesAndLoads_GoInComponentThenBinOrder()
    {
        var bins = ComponentPartitioner.Pack([2, 2, 2, 2], 3);

        bins.Should().Equal(0, 1, 2, 0);
    }

    [Fact]
    public void Pack_MoreBinsThanComponents_LeavesBinsEmpty()
    {
        var bins = ComponentPartitioner.Pack([7], 4);

        bins.Should().Equal(0);
    }

    private static string[] UnitIds(CampaignDataset part) => part.Units.Select(u => u.Id).ToArray();

    private static int Records(CampaignDataset d) => d.Units.Count + d.People.Count + d.Opinions.Count + d.Problems.Count + d.Rectifications.Count;
}
