using Campaign.Domain.Problems;
using Campaign.Domain.Specifications;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Specifications;

public class SpecificationCompositionTests
{
    private static readonly Problem[] Problems =
    [
        new DatasetBuilder().Problem("PR-1", unitId: "U-1", category: ProblemCategory.Work).BuildProblem(),
        new DatasetBuilder().Problem("PR-2", unitId: "U-1", personId: "P-1", category: ProblemCategory.Work).BuildProblem(),
        new DatasetBuilder().Problem("PR-3", unitId: "U-2", category: ProblemCategory.Work).BuildProblem(),
        new DatasetBuilder().Problem("PR-4", unitId: "U-1", category: ProblemCategory.Other).BuildProblem(),
    ];

    [Fact]
    public void And_NeedsBothConditions_AndKeepsTheOrder()
    {
        var spec = new TeamProblems().And(new ProblemsOfUnit("U-1")).And(new ProblemsInCategory(ProblemCategory.Work));

        spec.Evaluate(Problems).Select(p => p.Id).Should().Equal("PR-1");
        spec.WhereExpressions.Should().HaveCount(3);
    }

    [Fact]
    public void And_LeavesItsOperandsUnchanged()
    {
        var team = new TeamProblems();

        _ = team.And(new ProblemsOfUnit("U-2"));

        team.Evaluate(Problems).Select(p => p.Id).Should().Equal("PR-1", "PR-3", "PR-4");
    }

    [Fact]
    public void And_NullOperand_Throws()
    {
        var act = () => new TeamProblems().And(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
