using Campaign.Domain.Campaigns;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Campaigns;

public class CampaignDatasetTests
{
    private static CampaignDataset Sample() => new DatasetBuilder()
        .Unit("U-1").Unit("U-2", parentId: "U-1").Unit("U-3", parentId: "U-1")
        .Person("P-1", "U-1").Person("P-2", "U-2").Person("P-3", "U-1")
        .Opinion("O-1", "U-1").Opinion("O-2", "U-2")
        .Problem("PR-1", "U-1", personId: "P-1", opinionIds: ["O-1"])
        .Problem("PR-2", "U-1", opinionIds: ["O-1", "O-2"])
        .Problem("PR-3", "U-2", personId: "P-2")
        .Rectification("R-1", ["PR-1", "PR-2"])
        .Rectification("R-2", ["PR-2"])
        .Build();

    [Fact]
    public void Collections_KeepInputOrder()
    {
        var dataset = Sample();

        dataset.Units.Select(u => u.Id).Should().Equal("U-1", "U-2", "U-3");
        dataset.People.Select(p => p.Id).Should().Equal("P-1", "P-2", "P-3");
        dataset.Opinions.Select(o => o.Id).Should().Equal("O-1", "O-2");
        dataset.Problems.Select(p => p.Id).Should().Equal("PR-1", "PR-2", "PR-3");
        dataset.Rectifications.Select(r => r.Id).Should().Equal("R-1", "R-2");
    }

    [Fact]
    public void Find_ReturnsTheRecordWithTheId_OrNull()
    {
        var dataset = Sample();

        dataset.FindUnit("U-2")!.ParentId.Should().Be("U-1");
        dataset.FindPerson("P-3")!.UnitId.Should().Be("U-1");
        dataset.FindOpinion("O-2")!.UnitId.Should().Be("U-2");
        dataset.FindProblem("PR-3")!.UnitId.Should().Be("U-2");
        dataset.FindRectification("R-2")!.ProblemIds.Should().Equal("PR-2");
        dataset.FindUnit("U-9").Should().BeNull();
        dataset.FindPerson("U-1").Should().BeNull();
        dataset.FindOpinion("PR-1").Should().BeNull();
        dataset.FindProblem("R-1").Should().BeNull();
        dataset.FindRectification("r-1").Should().BeNull("ids compare ordinally");
    }

    [Fact]
    public void RelationLookups_ReturnRelatedRecordsInInputOrder()
    {
        var dataset = Sample();

        dataset.ProblemsOfUnit("U-1").Select(p => p.Id).Should().Equal("PR-1", "PR-2");
        dataset.PeopleOfUnit("U-1").Select(p => p.Id).Should().Equal("P-1", "P-3");
        dataset.ChildrenOfUnit("U-1").Select(u => u.Id).Should().Equal("U-2", "U-3");
        dataset.RectificationsOfProblem("PR-2").Select(r => r.Id).Should().Equal("R-1", "R-2");
        dataset.ProblemsOfOpinion("O-1").Select(p => p.Id).Should().Equal("PR-1", "PR-2");
        dataset.ProblemsOfPerson("P-2").Select(p => p.Id).Should().Equal("PR-3");
    }

    [Fact]
    public void RelationLookups_WithoutRelatedRecords_AreEmpty()
    {
        var dataset = Sample();

        dataset.ProblemsOfUnit("U-3").Should().BeEmpty();
        dataset.PeopleOfUnit("U-3").Should().BeEmpty();
        dataset.ChildrenOfUnit("U-2").Should().BeEmpty();
        dataset.RectificationsOfProblem("PR-3").Should().BeEmpty();
        dataset.ProblemsOfOpinion("O-9").Should().BeEmpty();
        dataset.ProblemsOfPerson("P-3").Should().BeEmpty("P-3 owns no problem individually");
    }

    [Fact]
    public void RectificationsOfProblem_ListedTwiceByOneItem_AppearsOnce()
    {
        var dataset = new CampaignDataset(new DatasetBuilder().Build().Campaign, [new DatasetBuilder().Unit("U-1").BuildUnit()], problems: [new DatasetBuilder().Problem("PR-1").BuildProblem()], rectifications: [new DatasetBuilder().Rectification("R-1", ["PR-1", "PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification()]);

        dataset.RectificationsOfProblem("PR-1").Should().ContainSingle();
    }

    [Fact]
    public void ProblemsOfPerson_IgnoresTeamProblems()
    {
        var dataset = new CampaignDataset(new DatasetBuilder().Build().Campaign, [new DatasetBuilder().Unit("U-1").BuildUnit()], [new DatasetBuilder().Person("P-1").BuildPerson()], problems: [new DatasetBuilder().Problem("PR-1").BuildProblem()]);

        dataset.ProblemsOfPerson("P-1").Should().BeEmpty();
    }

    [Fact]
    public void Constructor_DuplicateIds_ThrowsListingEveryDuplicate()
    {
        var act = () => new CampaignDataset(
            new DatasetBuilder().Build().Campaign,
            [new DatasetBuilder().Unit("U-1").BuildUnit(), new DatasetBuilder().Unit("U-1").BuildUnit()],
            [new DatasetBuilder().Person("P-1").BuildPerson(), new DatasetBuilder().Person("P-2").BuildPerson(), new DatasetBuilder().Person("P-2").BuildPerson()],
            [new DatasetBuilder().Opinion("O-1", unclaimed: true).BuildOpinion(), new DatasetBuilder().Opinion("O-1", unclaimed: true).BuildOpinion()],
            [new DatasetBuilder().Problem("PR-1").BuildProblem(), new DatasetBuilder().Problem("PR-1").BuildProblem()],
            [new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification(), new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification()]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*units[1]*'U-1'*people[2]*'P-2'*opinions[1]*'O-1'*problems[1]*'PR-1'*rectifications[1]*'R-1'*");
    }

    [Fact]
    public void Constructor_SameIdInDifferentCollections_IsAccepted()
    {
        var dataset = new CampaignDataset(new DatasetBuilder().Build().Campaign, [new DatasetBuilder().Unit("X").BuildUnit()], [new DatasetBuilder().Person("X", unitId: "X").BuildPerson()]);

        dataset.FindUnit("X").Should().NotBeNull();
        dataset.FindPerson("X").Should().NotBeNull();
    }

    [Fact]
    public void Constructor_DoesNotCheckReferences()
    {
        var dataset = new CampaignDataset(new DatasetBuilder().Build().Campaign, [], problems: [new DatasetBuilder().Problem("PR-1", unitId: "U-missing").BuildProblem()]);

        dataset.ProblemsOfUnit("U-missing").Should().ContainSingle();
    }

    [Fact]
    public void Constructor_NullItem_Throws()
    {
        var act = () => new CampaignDataset(new DatasetBuilder().Build().Campaign, [new DatasetBuilder().Unit("U-1").BuildUnit(), null!]);

        act.Should().Throw<ArgumentNullException>().WithMessage("*Item 1*units*");
    }

    [Fact]
    public void Collections_AreCopiedAndCannotBeChangedThroughTheList()
    {
        var units = new List<Domain.Units.Unit> { new DatasetBuilder().Unit("U-1").BuildUnit() };
        var dataset = new CampaignDataset(new DatasetBuilder().Build().Campaign, units);

        units.Add(new DatasetBuilder().Unit("U-2").BuildUnit());

        dataset.Units.Should().ContainSingle();
        var overwrite = () => ((IList<Domain.Units.Unit>)dataset.Units)[0] = new DatasetBuilder().Unit("U-9").BuildUnit();
        overwrite.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void RelationLookups_AreNotMutableLists()
    {
        var dataset = Sample();

        var problems = dataset.ProblemsOfUnit("U-1");

        problems.Should().NotBeOfType<List<Problem>>();
        var clear = () => ((ICollection<Problem>)problems).Clear();
        clear.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void RelationLookups_CannotBeCastBackAndOverwritten()
    {
        var dataset = Sample();

        var people = (IList<Domain.People.Person>)dataset.PeopleOfUnit("U-1");
        var overwrite = () => people[0] = new DatasetBuilder().Person("P-9", unitId: "U-1").BuildPerson();

        overwrite.Should().Throw<NotSupportedException>();
        dataset.PeopleOfUnit("U-1").Select(p => p.Id).Should().Equal("P-1", "P-3");
    }

    [Fact]
    public void RelationLookups_Missing_AreEmptyAndReadOnly()
    {
        var dataset = Sample();

        var none = dataset.ChildrenOfUnit("U-9");

        none.Should().BeEmpty();
        var add = () => ((ICollection<Domain.Units.Unit>)none).Add(new DatasetBuilder().Unit("U-9").BuildUnit());
        add.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void RelationLookups_NullKey_Throws()
    {
        var dataset = Sample();

        var act = () => dataset.ProblemsOfOpinion(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void RelationLookups_FirstUsedConcurrently_AgreeWithSequentialUse()
    {
        var units = Enumerable.Range(0, 50).Select(i => new DatasetBuilder().Unit("U-" + i).BuildUnit()).ToList();
        var problems = Enumerable.Range(0, 2000).Select(i => new DatasetBuilder().Problem("PR-" + i, unitId: "U-" + (i % 50)).BuildProblem()).ToList();
        var dataset = new CampaignDataset(new DatasetBuilder().Build().Campaign, units, problems: problems);
        var expected = new CampaignDataset(new DatasetBuilder().Build().Campaign, units, problems: problems).ProblemsOfUnit("U-7").ToList();

        var results = new IReadOnlyList<Problem>[8];
        Parallel.For(0, results.Length, i => results[i] = dataset.ProblemsOfUnit("U-7"));

        results.Should().AllSatisfy(r => r.Should().Equal(expected));
        expected.Should().HaveCount(40);
    }
}
