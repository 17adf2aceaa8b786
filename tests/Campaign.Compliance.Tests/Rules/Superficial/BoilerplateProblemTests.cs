using Campaign.Domain.People;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Superficial;

public class BoilerplateProblemTests
{
    private static DatasetBuilder People() =>
        new DatasetBuilder().Unit("U-1").Unit("U-2")
            .Person("P-1", "U-1", PersonRole.TeamMember).Person("P-2", "U-1", PersonRole.TeamMember);

    [Fact]
    public void SameTextForThreeOwners_FlagsEveryProblemOfTheGroup()
    {
        var dataset = People()
            .Problem("PR-1", "U-1", text: "理论学习不够深入")
            .Problem("PR-2", "U-1", personId: "P-1", text: "理论学习不够深入。")
            .Problem("PR-3", "U-2", text: "理论 学习,不够深入!")
            .Problem("PR-4", "U-1", personId: "P-1", text: "理论学习不够深入")
            .Build();

        var findings = RuleCheck.Findings("SUP-006", dataset);

        findings.Select(f => f.SubjectId).Should().BeEquivalentTo("PR-1", "PR-2", "PR-3", "PR-4");
        findings.Should().AllSatisfy(f => f.Details["owners"].Should().Be(3));
    }

    [Fact]
    public void SameTextForTwoOwners_IsNotFlagged()
    {
        var dataset = People()
            .Problem("PR-1", "U-1", text: "理论学习不够深入")
            .Problem("PR-2", "U-1", text: "理论学习不够深入")
            .Problem("PR-3", "U-1", personId: "P-2", text: "理论学习不够深入")
            .Build();

        RuleCheck.Subjects("SUP-006", dataset).Should().BeEmpty();
    }

    [Fact]
    public void TextsThatNormalizeToNothing_AreNotTheSame()
    {
        var dataset = People()
            .Problem("PR-1", "U-1", text: "!!!")
            .Problem("PR-2", "U-2", text: "。。。")
            .Problem("PR-3", "U-1", personId: "P-1", text: "   ")
            .Build();

        RuleCheck.Subjects("SUP-006", dataset).Should().BeEmpty();
    }

    [Fact]
    public void OwnerCount_IsAnOption()
    {
        var dataset = People().Problem("PR-1", "U-1", text: "会议多").Problem("PR-2", "U-2", text: "会议多").Build();

        RuleCheck.Subjects("SUP-006", dataset, options: new ComplianceOptions { BoilerplateMinOwners = 2 }).Should().Equal("PR-1", "PR-2");
    }
}
