using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Testing.Tests;

public class DatasetBuilderTests
{
    [Fact]
    public void Build_WithOnlyIds_GivesAValidDatasetWithTheDocumentedDefaults()
    {
        var d = new DatasetBuilder()
            .Person("P-1")
            .Opinion("O-1")
            .Problem("PR-1", personId: "P-1")
            .Rectification("R-1")
            .Build();

        DatasetInvariants.Violations(d).Should().BeEmpty();
        d.Units.Should().ContainSingle().Which.Kind.Should().Be(UnitKind.OtherGrassroots);
        d.People.Single().UnitId.Should().Be("U-1");
        d.Opinions.Single().ClaimedOn.Should().Be(DatasetBuilder.DefaultDay);
        var problem = d.Problems.Single();
        problem.Category.Should().Be(ProblemCategory.FourWinds);
        problem.FourWinds.Should().Equal(FourWind.Formalism);
        var r = d.Rectifications.Single();
        r.ProblemIds.Should().Equal("PR-1");
        r.ResponsiblePersonId.Should().Be("P-1");
        r.Deadline.Should().Be(DatasetBuilder.DefaultEnd);
        r.Status.Should().Be(RectificationStatus.InProgress);
    }

    [Fact]
    public void Problem_OfAPerson_TakesThePersonsUnit()
    {
        var d = new DatasetBuilder()
            .Unit("U-A")
            .Person("P-A", role: PersonRole.PrincipalLeader)
            .Unit("U-B")
            .Problem("PR-1", personId: "P-A")
            .Build();

        d.Problems.Single().UnitId.Should().Be("U-A");
    }

    [Fact]
    public void Rectification_Finished_GetsEvidenceAndAMassEvaluationUnlessToldOtherwise()
    {
        var d = new DatasetBuilder()
            .Problem("PR-1")
            .Rectification("R-1", status: RectificationStatus.Completed)
            .Rectification("R-2", problemIds: ["PR-1"], status: RectificationStatus.ClosedOff, completedOn: new DateOnly(2014, 5, 2), noEvidence: true, noEvaluation: true, noDeadline: true, noResponsible: true)
            .Build();

        var first = d.FindRectification("R-1")!;
        first.Evidence.Should().ContainSingle();
        first.Evaluation!.By.Should().Be(EvaluatorKind.Masses);
        first.Deadline.Should().Be(first.CompletedOn);
        first.ResponsibleUnitId.Should().Be("U-1");
        var second = d.FindRectification("R-2")!;
        second.Evidence.Should().BeEmpty();
        second.Evaluation.Should().BeNull();
        second.Deadline.Should().BeNull();
        second.ResponsiblePersonId.Should().BeNull();
        second.ResponsibleUnitId.Should().BeNull();
    }

    [Fact]
    public void Rectification_WithoutAnyProblem_Throws()
    {
        var act = () => new DatasetBuilder().Rectification("R-1");

        act.Should().Throw<InvalidOperationException>().WithMessage("*R-1*");
    }

    [Fact]
    public void Build_Twice_GivesFreshRecordsSoAChangeStaysInItsDataset()
    {
        var builder = new DatasetBuilder().Unit("U-1", weakLax: new WeakLaxOrganisation(DatasetBuilder.DefaultDay)).Opinion("O-1", unclaimed: true);
        var first = builder.Build();

        first.Opinions[0].Claim(DatasetBuilder.DefaultDay);
        first.Units[0].WeakLax!.AdoptPlan();
        var second = builder.Build();

        second.Opinions[0].Should().NotBeSameAs(first.Opinions[0]);
        second.Opinions[0].ClaimedOn.Should().BeNull();
        second.Units[0].WeakLax!.HasPlan.Should().BeFalse();
    }

    [Fact]
    public void BuildRecord_ByIdOrTheLastAdded_GivesOneRecordAsTheDatasetWouldHoldIt()
    {
        var builder = new DatasetBuilder()
            .Unit("U-1").Unit("U-2", parentId: "U-1")
            .Person("P-1", unitId: "U-1").Person("P-2")
            .Opinion("O-1").Opinion("O-2", unclaimed: true)
            .Problem("PR-1", personId: "P-1").Problem("PR-2")
            .Rectification("R-1", ["PR-1"]).Rectification("R-2", status: RectificationStatus.NotStarted, noDeadline: true);

        builder.BuildUnit().ParentId.Should().Be("U-1");
        builder.BuildUnit("U-1").ParentId.Should().BeNull();
        builder.BuildPerson().UnitId.Should().Be("U-2");
        builder.BuildPerson("P-1").UnitId.Should().Be("U-1");
        builder.BuildOpinion().ClaimedOn.Should().BeNull();
        builder.BuildOpinion("O-1").ClaimedOn.Should().Be(DatasetBuilder.DefaultDay);
        builder.BuildProblem().Owner.Should().Be(ProblemOwner.Team);
        builder.BuildProblem("PR-1").Owner.PersonId.Should().Be("P-1");
        builder.BuildRectification().Deadline.Should().BeNull();
        builder.BuildRectification("R-1").ResponsiblePersonId.Should().Be("P-1", "the defaults resolve as in Build");
        builder.BuildRectification("R-1").Should().NotBeSameAs(builder.BuildRectification("R-1"));
    }

    [Fact]
    public void BuildRecord_NeverAdded_ThrowsNamingTheId()
    {
        var builder = new DatasetBuilder().Unit("U-1");

        builder.Invoking(b => b.BuildRectification("R-9")).Should().Throw<KeyNotFoundException>().WithMessage("*rectification 'R-9'*");
        builder.Invoking(b => b.BuildPerson()).Should().Throw<KeyNotFoundException>().WithMessage("No person was added*");
    }
}
