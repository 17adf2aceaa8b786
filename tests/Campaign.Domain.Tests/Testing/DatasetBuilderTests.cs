using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Testing;

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
}
