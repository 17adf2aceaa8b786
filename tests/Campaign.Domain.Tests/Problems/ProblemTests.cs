using Campaign.Domain.Problems;
using Campaign.Domain.Tests.Builders;

namespace Campaign.Domain.Tests.Problems;

public class ProblemTests
{
    [Fact]
    public void Constructor_FourWindsOnAFourWindsProblem_AreKept()
    {
        var problem = A.Problem(category: ProblemCategory.FourWinds, fourWinds: [FourWind.Formalism, FourWind.Bureaucratism]);

        problem.FourWinds.Should().Equal(FourWind.Formalism, FourWind.Bureaucratism);
    }

    [Fact]
    public void Constructor_FourWindsOnAnotherCategory_ThrowsNamingTheProblem()
    {
        var act = () => A.Problem("PR-5", category: ProblemCategory.Work, fourWinds: [FourWind.Hedonism]);

        act.Should().Throw<ArgumentException>().WithMessage("*PR-5*Work*").Which.ParamName.Should().Be("fourWinds");
    }

    [Fact]
    public void Constructor_EmptyWindsOnAnotherCategory_AreAccepted()
    {
        var problem = A.Problem(category: ProblemCategory.Work, fourWinds: []);

        problem.FourWinds.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_Defaults()
    {
        var problem = A.Problem();

        problem.Severity.Should().Be(ProblemSeverity.Normal);
        problem.OpinionIds.Should().BeEmpty();
        problem.FocusId.Should().BeNull();
        problem.FourWinds.Should().BeEmpty();
    }

    [Fact]
    public void OwnerKey_FollowsTheOwner()
    {
        A.Problem(unitId: "U-WD").OwnerKey.Should().Be("team:U-WD");
        A.Problem(unitId: "U-WD", owner: ProblemOwner.Individual("P-01")).OwnerKey.Should().Be("person:P-01");
    }

    [Fact]
    public void OpinionIds_AreCopied()
    {
        var ids = new List<string> { "O-1" };
        var problem = A.Problem(opinionIds: ids);

        ids.Add("O-2");

        problem.OpinionIds.Should().Equal("O-1");
    }

    [Fact]
    public void Constructor_EmptyOpinionId_Throws()
    {
        var act = () => A.Problem(opinionIds: ["O-1", ""]);

        act.Should().Throw<ArgumentException>().WithMessage("*Item 1*opinionIds*");
    }

    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var problem = new Problem(
            "PR-1", "U-WD", ProblemOwner.Team, ProblemCategory.FourWinds, "会风文风转变不实", ProblemSource.Opinion, A.D("2014-04-10"),
            [FourWind.Formalism], "FP.WD.CTY.09", ["O-04"], ProblemSeverity.Serious);

        problem.Id.Should().Be("PR-1");
        problem.UnitId.Should().Be("U-WD");
        problem.Owner.Should().Be(ProblemOwner.Team);
        problem.Category.Should().Be(ProblemCategory.FourWinds);
        problem.Text.Should().Be("会风文风转变不实");
        problem.Source.Should().Be(ProblemSource.Opinion);
        problem.IdentifiedOn.Should().Be(A.D("2014-04-10"));
        problem.FocusId.Should().Be("FP.WD.CTY.09");
        problem.OpinionIds.Should().Equal("O-04");
        problem.Severity.Should().Be(ProblemSeverity.Serious);
    }
}
