using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting.Tests.Builders;

namespace Campaign.Compliance.Reporting.Tests;

/// <summary>Every human-readable view names units and people, with the id in brackets.</summary>
public sealed class MessageNamesTests
{
    [Theory]
    [InlineData(ReportLanguage.En, ReportFormat.Markdown)]
    [InlineData(ReportLanguage.En, ReportFormat.Html)]
    [InlineData(ReportLanguage.En, ReportFormat.Csv)]
    [InlineData(ReportLanguage.Zh, ReportFormat.Markdown)]
    [InlineData(ReportLanguage.Zh, ReportFormat.Html)]
    [InlineData(ReportLanguage.Zh, ReportFormat.Csv)]
    [InlineData(ReportLanguage.Zh, ReportFormat.Xlsx)]
    public void PersonAndUnitFindings_NameThePersonAndUnit(ReportLanguage language, ReportFormat format)
    {
        var dataset = TestFiles.Dataset;
        var text = ChineseReportTests.VisibleText(format, language);
        var people = TestFiles.Report.Findings.Where(f => f.SubjectType == SubjectType.Person).ToList();

        people.Should().NotBeEmpty();
        foreach (var finding in people)
        {
            var person = dataset.FindPerson(finding.SubjectId)!;
            var unit = dataset.FindUnit(finding.UnitId)!;
            text.Should().Contain(FindingContext.Label(person.Name, person.Id, language))
                .And.Contain(FindingContext.Label(unit.Name, unit.Id, language));
        }
    }

    [Fact]
    public void Messages_WithADataset_NameEveryUnitAndPersonTheyMention()
    {
        var dataset = TestFiles.Dataset;
        foreach (var finding in TestFiles.Report.Findings)
        {
            var message = finding.Message(ReportLanguage.Zh, dataset);
            if (finding.SubjectType == SubjectType.Person)
            {
                message.Should().Contain(dataset.FindPerson(finding.SubjectId)!.Name + "（" + finding.SubjectId + "）");
            }

            if (finding.SubjectType == SubjectType.Unit && finding.Rule.MessageTemplate(ReportLanguage.Zh).Contains("{subjectId}", StringComparison.Ordinal))
            {
                message.Should().Contain(dataset.FindUnit(finding.SubjectId)!.Name + "（" + finding.SubjectId + "）");
            }

            message.Should().NotContain("{", "every placeholder is filled");
        }
    }

    [Fact]
    public void Rectifications_CarryDeadlineAndResponsiblePersonInEveryGroupedView()
    {
        var dataset = TestFiles.Dataset;
        var overdue = TestFiles.Report.Findings.First(f => f.RuleId == "OVD-001");
        var rectification = dataset.FindRectification(overdue.SubjectId)!;
        var person = dataset.FindPerson(rectification.ResponsiblePersonId!)!;

        var context = FindingContext.Of(overdue, dataset, ReportLanguage.Zh);
        context.Deadline.Should().Be(rectification.Deadline);
        context.ResponsiblePerson.Should().Be(person.Name + "（" + person.Id + "）");
        foreach (var format in new[] { ReportFormat.Markdown, ReportFormat.Html })
        {
            var text = ChineseReportTests.VisibleText(format, ReportLanguage.Zh);
            text.Should().Contain(context.ResponsiblePerson).And.Contain(rectification.Deadline!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
