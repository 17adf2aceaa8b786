using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Mismatch;

public class PersonalCopyOfTeamProblemTests
{
    [Fact]
    public void IndividualProblemWithTheTextOfATeamProblem_IsFlaggedWithThatProblemRelated()
    {
        var dataset = new DatasetBuilder().Unit("U-1").Person("P-1", "U-1")
            .Problem("PR-T", text: "联系群众不够紧密").Problem("PR-I", personId: "P-1", text: "联系群众,不够紧密。").Build();

        var finding = RuleCheck.Findings("MIS-003", dataset).Should().ContainSingle().Subject;

        finding.SubjectId.Should().Be("PR-I");
        finding.Related.Should().Equal("PR-T");
    }

    [Fact]
    public void TeamProblemOfAnotherUnit_IsNotACopy()
    {
        var dataset = new DatasetBuilder().Unit("U-1").Unit("U-2").Person("P-1", "U-1")
            .Problem("PR-T", "U-2", text: "联系群众不够紧密").Problem("PR-I", "U-1", personId: "P-1", text: "联系群众不够紧密").Build();

        RuleCheck.Subjects("MIS-003", dataset).Should().BeEmpty();
    }

    [Fact]
    public void DifferentText_IsNotACopy()
    {
        var dataset = new DatasetBuilder().Unit("U-1").Person("P-1", "U-1")
            .Problem("PR-T", text: "联系群众不够紧密").Problem("PR-I", personId: "P-1", text: "本人联系群众不够紧密").Build();

        RuleCheck.Subjects("MIS-003", dataset).Should().BeEmpty();
    }
}
