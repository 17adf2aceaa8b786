using Campaign.Domain.Campaigns;
using Campaign.Domain.Problems;
using Campaign.Domain.Tests.Builders;

namespace Campaign.Domain.Tests.Campaigns;

public class CampaignDatasetTests
{
    private static CampaignDataset Sample() => new(
        A.Campaign(),
        [A.Unit("U-1"), A.Unit("U-2", parentId: "U-1"), A.Unit("U-3", parentId: "U-1")],
        [A.Person("P-1", "U-1"), A.Person("P-2", "U-2"), A.Person("P-3", "U-1")],
        [A.Opinion("O-1", "U-1"), A.Opinion("O-2", "U-2")],
        [
            A.Problem("PR-1", "U-1", ProblemOwner.Individual("P-1"), opinionIds: ["O-1"]),
            A.Problem("PR-2", "U-1", opinionIds: ["O-1", "O-2"]),
            A.Problem("PR-3", "U-2", ProblemOwner.Individual("P-2")),
        ],
        [A.Rectification("R-1", ["PR-1", "PR-2"]), A.Rectification("R-2", ["PR-2"])]);

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
        var dataset = new CampaignDataset(A.Campaign(), [A.Unit()], problems: [A.Problem("PR-1")], rectifications: [A.Rectification("R-1", ["PR-1", "PR-1"])]);

        dataset.RectificationsOfProblem("PR-1").Should().ContainSingle();
    }

    [Fact]
    public void ProblemsOfPerson_IgnoresTeamProblems()
    {
        var dataset = new CampaignDataset(A.Campaign(), [A.Unit()], [A.Person("P-1")], problems: [A.Problem("PR-1", owner: ProblemOwner.Team)]);

        dataset.ProblemsOfPerson("P-1").Should().BeEmpty();
    }

    [Fact]
    public void Constructor_DuplicateIds_ThrowsListingEveryDuplicate()
    {
        var act = () => new CampaignDataset(
            A.Campaign(),
            [A.Unit("U-1"), A.Unit("U-1")],
            [A.Person("P-1"), A.Person("P-2"), A.Person("P-2")],
            [A.Opinion("O-1"), A.Opinion("O-1")],
            [A.Problem("PR-1"), A.Problem("PR-1")],
            [A.Rectification("R-1"), A.Rectification("R-1")]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*units[1]*'U-1'*people[2]*'P-2'*opinions[1]*'O-1'*problems[1]*'PR-1'*rectifications[1]*'R-1'*");
    }

    [Fact]
    public void Constructor_SameIdInDifferentCollections_IsAccepted()
    {
        var dataset = new CampaignDataset(A.Campaign(), [A.Unit("X")], [A.Person("X", "X")]);

        dataset.FindUnit("X").Should().NotBeNull();
        dataset.FindPerson("X").Should().NotBeNull();
    }

    [Fact]
    public void Constructor_DoesNotCheckReferences()
    {
        var dataset = new CampaignDataset(A.Campaign(), [], problems: [A.Problem("PR-1", "U-missing")]);

        dataset.ProblemsOfUnit("U-missing").Should().ContainSingle();
    }

    [Fact]
    public void Constructor_NullItem_Throws()
    {
        var act = () => new CampaignDataset(A.Campaign(), [A.Unit(), null!]);

        act.Should().Throw<ArgumentNullException>().WithMessage("*Item 1*units*");
    }

    [Fact]
    public void Collections_AreCopiedAndCannotBeChangedThroughTheList()
    {
        var units = new List<Domain.Units.Unit> { A.Unit("U-1") };
        var dataset = new CampaignDataset(A.Campaign(), units);

        units.Add(A.Unit("U-2"));

        dataset.Units.Should().ContainSingle();
        var overwrite = () => ((IList<Domain.Units.Unit>)dataset.Units)[0] = A.Unit("U-9");
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
        var overwrite = () => people[0] = A.Person("P-9", "U-1");

        overwrite.Should().Throw<NotSupportedException>();
        dataset.PeopleOfUnit("U-1").Select(p => p.Id).Should().Equal("P-1", "P-3");
    }

    [Fact]
    public void RelationLookups_Missing_AreEmptyAndReadOnly()
    {
        var dataset = Sample();

        var none = dataset.ChildrenOfUnit("U-9");

        none.Should().BeEmpty();
        var add = () => ((ICollection<Domain.Units.Unit>)none).Add(A.Unit("U-9"));
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
        var units = Enumerable.Range(0, 50).Select(i => A.Unit("U-" + i)).ToList();
        var problems = Enumerable.Range(0, 2000).Select(i => A.Problem("PR-" + i, "U-" + (i % 50))).ToList();
        var dataset = new CampaignDataset(A.Campaign(), units, problems: problems);
        var expected = new CampaignDataset(A.Campaign(), units, problems: problems).ProblemsOfUnit("U-7").ToList();

        var results = new IReadOnlyList<Problem>[8];
        Parallel.For(0, results.Length, i => results[i] = dataset.ProblemsOfUnit("U-7"));

        results.Should().AllSatisfy(r => r.Should().Equal(expected));
        expected.Should().HaveCount(40);
    }
}
