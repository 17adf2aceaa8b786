using Ardalis.Specification;
using Campaign.Domain.Problems;
using Campaign.Domain.Specifications;
using Campaign.Domain.Tests.Builders;

namespace Campaign.Domain.Tests.Specifications;

public class ProblemSpecificationsTests
{
    private static readonly Problem[] Problems =
    [
        A.Problem("PR-1", "U-1", category: ProblemCategory.Work),
        A.Problem("PR-2", "U-1", ProblemOwner.Individual("P-1"), ProblemCategory.FourWinds, [FourWind.Hedonism]),
        A.Problem("PR-3", "U-2", ProblemOwner.Individual("P-2"), ProblemCategory.Work),
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
        var withFocus = new Problem("PR-9", "U-1", ProblemOwner.Team, ProblemCategory.Work, "文", ProblemSource.Other, A.Day, focusId: "FP.C.CTY.01");

        new ProblemsWithFocus().IsSatisfiedBy(withFocus).Should().BeTrue();
        new ProblemsWithFocus().Evaluate(Problems).Should().BeEmpty();
    }

    private static IEnumerable<string> Ids(ISpecification<Problem> spec) => spec.Evaluate(Problems).Select(p => p.Id);
}
