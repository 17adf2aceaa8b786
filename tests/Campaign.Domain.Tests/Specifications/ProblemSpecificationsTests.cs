using Ardalis.Specification;
using Campaign.Domain.Problems;
using Campaign.Domain.Specifications;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Specifications;

public class ProblemSpecificationsTests
{
    private static readonly Problem[] Problems =
    [
        new DatasetBuilder().Problem("PR-1", unitId: "U-1", category: ProblemCategory.Work).BuildProblem(),
        new DatasetBuilder().Problem("PR-2", unitId: "U-1", personId: "P-1", category: ProblemCategory.FourWinds, fourWinds: [FourWind.Hedonism]).BuildProblem(),
        new DatasetBuilder().Problem("PR-3", unitId: "U-2", personId: "P-2", category: ProblemCategory.Work).BuildProblem(),
    ];

    [Fact]
    public void TeamOwnedAndIndividuallyOwned_SplitByOwner()
    {
        Ids(new TeamProblems()).Should().Equal("PR-1");
        Ids(new PersonalProblems()).Should().Equal("PR-2", "PR-3");
    }

    [Fact]
    public void OfUnitAndInCategory_Compose()
    {
        Ids(new ProblemsOfUnit("U-1")).Should().Equal("PR-1", "PR-2");
        Ids(new ProblemsInCategory(ProblemCategory.Work).And(new ProblemsOfUnit("U-2"))).Should().Equal("PR-3");
    }

    [Fact]
    public void OwnedBy_SelectsThePersonsProblems()
    {
        Ids(new PersonalProblemsOf("P-1")).Should().Equal("PR-2");
    }

    [Fact]
    public void HasFocus_SelectsProblemsWithAFocusId()
    {
        var withFocus = new Problem("PR-9", "U-1", ProblemOwner.Team, ProblemCategory.Work, "文", ProblemSource.Other, DatasetBuilder.DefaultDay, focusId: "FP.C.CTY.01");

        new ProblemsWithFocus().IsSatisfiedBy(withFocus).Should().BeTrue();
        new ProblemsWithFocus().Evaluate(Problems).Should().BeEmpty();
    }

    private static IEnumerable<string> Ids(ISpecification<Problem> spec) => spec.Evaluate(Problems).Select(p => p.Id);
}
