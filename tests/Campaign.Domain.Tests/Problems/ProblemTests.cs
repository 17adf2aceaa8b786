using Campaign.Domain.Problems;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Problems;

public class ProblemTests
{
    [Fact]
    public void Constructor_FourWindsOnAFourWindsProblem_AreKept()
    {
        var problem = new DatasetBuilder().Problem("PR-1", category: ProblemCategory.FourWinds, fourWinds: [FourWind.Formalism, FourWind.Bureaucratism]).BuildProblem();

        problem.FourWinds.Should().Equal(FourWind.Formalism, FourWind.Bureaucratism);
    }

    [Fact]
    public void Constructor_FourWindsOnAnotherCategory_ThrowsNamingTheProblem()
    {
        var act = () => new DatasetBuilder().Problem("PR-5", category: ProblemCategory.Work, fourWinds: [FourWind.Hedonism]).BuildProblem();

        act.Should().Throw<ArgumentException>().WithMessage("*PR-5*Work*").Which.ParamName.Should().Be("fourWinds");
    }

    [Fact]
    public void Constructor_EmptyWindsOnAnotherCategory_AreAccepted()
    {
        var problem = new DatasetBuilder().Problem("PR-1", category: ProblemCategory.Work, fourWinds: []).BuildProblem();

        problem.FourWinds.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_Defaults()
    {
        var problem = new Problem("PR-1", "U-1", ProblemOwner.Team, ProblemCategory.Work, "问题", ProblemSource.SelfExamination, DatasetBuilder.DefaultDay);

        problem.Severity.Should().Be(ProblemSeverity.Normal);
        problem.OpinionIds.Should().BeEmpty();
        problem.FocusId.Should().BeNull();
        problem.FourWinds.Should().BeEmpty();
    }

    [Fact]
    public void OwnerKey_FollowsTheOwner()
    {
        new DatasetBuilder().Problem("PR-1", unitId: "U-WD").BuildProblem().OwnerKey.Should().Be("team:U-WD");
        new DatasetBuilder().Problem("PR-1", unitId: "U-WD", personId: "P-01").BuildProblem().OwnerKey.Should().Be("person:P-01");
    }

    [Fact]
    public void OpinionIds_AreCopied()
    {
        var ids = new List<string> { "O-1" };
        var problem = new DatasetBuilder().Problem("PR-1", opinionIds: ids).BuildProblem();

        ids.Add("O-2");

        problem.OpinionIds.Should().Equal("O-1");
    }

    [Fact]
    public void Constructor_EmptyOpinionId_Throws()
    {
        var act = () => new DatasetBuilder().Problem("PR-1", opinionIds: ["O-1", ""]).BuildProblem();

        act.Should().Throw<ArgumentException>().WithMessage("*Item 1*opinionIds*");
    }

    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var problem = new Problem(
            "PR-1", "U-WD", ProblemOwner.Team, ProblemCategory.FourWinds, "会风文风转变不实", ProblemSource.Opinion, new DateOnly(2014, 4, 10),
            [FourWind.Formalism], "FP.WD.CTY.09", ["O-04"], ProblemSeverity.Serious);

        problem.Id.Should().Be("PR-1");
        problem.UnitId.Should().Be("U-WD");
        problem.Owner.Should().Be(ProblemOwner.Team);
        problem.Category.Should().Be(ProblemCategory.FourWinds);
        problem.Text.Should().Be("会风文风转变不实");
        problem.Source.Should().Be(ProblemSource.Opinion);
        problem.IdentifiedOn.Should().Be(new DateOnly(2014, 4, 10));
        problem.FocusId.Should().Be("FP.WD.CTY.09");
        problem.OpinionIds.Should().Equal("O-04");
        problem.Severity.Should().Be(ProblemSeverity.Serious);
    }
}
