using Campaign.Compliance.Findings;
using Campaign.Domain.Problems;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Mismatch;

public class WorkForFourWindsTests
{
    [Fact]
    public void TeamWithWorkProblemsOnly_FlagsTheUnit()
    {
        var dataset = new DatasetBuilder().Unit("U-1").Problem("PR-1", category: ProblemCategory.Work).Build();

        var finding = RuleCheck.Findings("MIS-004", dataset).Should().ContainSingle().Subject;

        finding.SubjectType.Should().Be(SubjectType.Unit);
        finding.SubjectId.Should().Be("U-1");
    }

    [Fact]
    public void PersonWithWorkProblemsOnly_FlagsThePersonInTheirUnit()
    {
        var dataset = new DatasetBuilder().Unit("U-1").Person("P-1", "U-1")
            .Problem("PR-1", personId: "P-1", category: ProblemCategory.Work).Problem("PR-2", category: ProblemCategory.FourWinds).Build();

        var finding = RuleCheck.Findings("MIS-004", dataset).Should().ContainSingle().Subject;

        finding.SubjectType.Should().Be(SubjectType.Person);
        finding.SubjectId.Should().Be("P-1");
        finding.UnitId.Should().Be("U-1");
    }

    [Fact]
    public void OwnerWithAFourWindsProblem_OrNoWorkProblem_IsNotFlagged()
    {
        var dataset = new DatasetBuilder().Unit("U-1").Person("P-1", "U-1")
            .Problem("PR-1", category: ProblemCategory.Work).Problem("PR-2", category: ProblemCategory.FourWinds)
            .Problem("PR-3", personId: "P-1", category: ProblemCategory.MassInterest).Build();

        RuleCheck.Subjects("MIS-004", dataset).Should().BeEmpty();
    }
}
