using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Findings;

public sealed class FindingContextTests
{
    private static readonly Campaign.Domain.Campaigns.CampaignDataset Dataset = new DatasetBuilder()
        .Unit("U-1", name: "单位 U-1")
        .Person("P-1", name: "人 P-1")
        .Person("P-2", name: "人 P-2")
        .Problem("PR-1", personId: "P-1")
        .Problem("PR-2")
        .Rectification(
            "R-1", ["PR-1"], measure: "每月召开群众座谈会并公开记录", responsiblePersonId: "P-2", responsibleUnitId: "U-1", deadline: new DateOnly(2014, 6, 30))
        .Build();

    private static Finding Make(string ruleId, SubjectType type, string subjectId, string[]? related = null, FindingDetails? details = null) =>
        new(ComplianceRuleCatalog.Shipped.Get(ruleId), FindingSeverity.High, type, subjectId, "U-1", related, details);

    [Fact]
    public void Message_WithTheDataset_NamesThePersonAndUnitWithTheIdInBrackets()
    {
        var finding = Make("MIS-002", SubjectType.Person, "P-1");

        finding.Message(ReportLanguage.Zh, Dataset).Should().Be("人 P-1（P-1）是单位 U-1（U-1）的班子成员，班子已查摆问题，但本人未查摆任何个人问题。");
        finding.Message(ReportLanguage.En, Dataset).Should().Be("Person 人 P-1 (P-1) is on the leadership team of unit 单位 U-1 (U-1), which has team problems, but owns no problem.");
        finding.Message(ReportLanguage.Zh, null).Should().Be(finding.Message(ReportLanguage.Zh), "without a dataset the ids stay");
    }

    [Fact]
    public void Message_NamesRelatedPeopleAndUnits_KeepsOtherIds()
    {
        var finding = Make("MIS-003", SubjectType.Problem, "PR-1", ["PR-2", "P-2"]);

        finding.Message(ReportLanguage.Zh, Dataset).Should().Be("个人问题PR-1与本单位班子问题（PR-2、人 P-2（P-2））表述相同。");
    }

    [Fact]
    public void Of_ARectification_HasItsDeadlineAndResponsiblePersonAndUnit()
    {
        var context = FindingContext.Of(Make("OVD-001", SubjectType.Rectification, "R-1", details: FindingDetails.Of("daysOverdue", 15)), Dataset, ReportLanguage.Zh);

        context.UnitLabel.Should().Be("单位 U-1（U-1）");
        context.SubjectText.Should().Be("每月召开群众座谈会并公开记录");
        context.Deadline.Should().Be(new DateOnly(2014, 6, 30));
        context.ResponsiblePerson.Should().Be("人 P-2（P-2）");
        context.ResponsibleUnit.Should().Be("单位 U-1（U-1）");
    }

    [Fact]
    public void Of_AProblem_HasItsOwnerAPersonForAnIndividualProblemAUnitForATeamProblem()
    {
        var individual = FindingContext.Of(Make("MIS-003", SubjectType.Problem, "PR-1"), Dataset, ReportLanguage.En);
        var team = FindingContext.Of(Make("MIS-001", SubjectType.Problem, "PR-2"), Dataset, ReportLanguage.En);

        individual.ResponsiblePerson.Should().Be("人 P-1 (P-1)");
        individual.ResponsibleUnit.Should().BeNull();
        individual.Deadline.Should().BeNull();
        team.ResponsiblePerson.Should().BeNull();
        team.ResponsibleUnit.Should().Be("单位 U-1 (U-1)");
    }

    [Fact]
    public void DaysOverdue_FromTheDetail_ElseFromAnOpenRectificationsDeadline()
    {
        var overdue = Make("OVD-001", SubjectType.Rectification, "R-1", details: FindingDetails.Of("daysOverdue", 15));
        var other = Make("SUP-005", SubjectType.Rectification, "R-1");

        FindingContext.DaysOverdue(overdue, Dataset, new DateOnly(2014, 7, 15)).Should().Be(15);
        FindingContext.DaysOverdue(other, Dataset, new DateOnly(2014, 7, 10)).Should().Be(10);
        FindingContext.DaysOverdue(other, Dataset, new DateOnly(2014, 6, 30)).Should().BeNull("the deadline day is not overdue");
        FindingContext.DaysOverdue(other, null, new DateOnly(2014, 7, 10)).Should().BeNull();
    }
}
