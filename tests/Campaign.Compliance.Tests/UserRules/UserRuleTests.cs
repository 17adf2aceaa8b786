using Campaign.Compliance.Findings;
using Campaign.Domain.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Compliance.Tests.UserRules;

public class UserRuleTests
{
    private static readonly Domain.Campaigns.CampaignDataset Dataset = new DatasetBuilder()
        .Unit("U-1", Domain.Units.UnitKind.CountyLeadership)
        .Problem("PR-1")
        .Rectification("R-1", measure: "每月召开群众座谈会并公开记录,整改台账逐项销号并张榜公布", deadline: new DateOnly(2014, 5, 1), status: Domain.Rectifications.RectificationStatus.NotStarted)
        .Problem("PR-2")
        .Rectification("R-2", measure: "短措施但很具体的内容", status: Domain.Rectifications.RectificationStatus.NotStarted, noDeadline: true)
        .Build();

    [Fact]
    public void Check_UserRuleThatYieldsAFinding_ReportsItLikeAShippedOne()
    {
        var options = new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule) } };

        var report = new ComplianceChecker(options).Check(Dataset);

        var finding = report.Findings.Should().ContainSingle(f => f.RuleId == "USR-001").Subject;
        finding.SubjectId.Should().Be("R-1");
        finding.UnitId.Should().Be("U-1");
        finding.Message(ReportLanguage.Zh).Should().Be("整改事项R-1的措施过长。");
        report.CountByRule["USR-001"].Should().Be(1);
    }

    [Theory]
    [InlineData(Campaign.Compliance.Reporting.ReportFormat.Markdown, ReportLanguage.Zh, "USR-001 整改措施过长")]
    [InlineData(Campaign.Compliance.Reporting.ReportFormat.Html, ReportLanguage.En, "<td class=\"rule\">USR-001</td><td>Long measure</td>")]
    public void Report_UserRuleInTheByRuleSummary_ShowsItsTitle(Campaign.Compliance.Reporting.ReportFormat format, ReportLanguage language, string expected)
    {
        var report = new ComplianceChecker(new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule) } }).Check(Dataset);

        var text = Campaign.Compliance.Reporting.ReportWriter.Create(format, language).WriteToString(report, Dataset);

        text.Should().Contain(expected);
    }

    [Fact]
    public void Check_UserRuleWithSeverityOverride_UsesTheOverrideAndEscalationCountsIt()
    {
        var plain = new ComplianceChecker(new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule) }, AtRiskThreshold = 2 }).Check(Dataset);
        var options = new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule) }, AtRiskThreshold = 2 };
        options.SeverityOverrides["USR-001"] = FindingSeverity.Low;

        var report = new ComplianceChecker(options).Check(Dataset);

        report.Findings.Single(f => f.RuleId == "USR-001").Severity.Should().Be(FindingSeverity.Low);
        plain.Findings.Single(f => f.RuleId == "ESC-001").Details["highFindings"]
            .Should().Be(report.Findings.Single(f => f.RuleId == "ESC-001").Details["highFindings"] + 1);
    }

    [Fact]
    public void Check_UserRuleThatThrows_ReportsTheFailureAndKeepsEveryOtherFinding()
    {
        var without = new ComplianceChecker().Check(Dataset);
        var options = new ComplianceOptions { RuleTypes = { typeof(ThrowingRule) } };

        var report = new ComplianceChecker(options).Check(Dataset);

        report.Findings.Select(f => f.ToString()).Should().Equal(without.Findings.Select(f => f.ToString()));
        report.RuleFailures.Should().HaveCount(2);
        report.RuleFailures.Should().AllSatisfy(f =>
        {
            f.RuleName.Should().Be("ThrowingRule");
            f.RuleId.Should().Be("USR-002");
            f.Phase.Should().Be("action");
        });
        report.RuleFailures.Select(f => f.Message).Should().BeEquivalentTo("boom on R-1", "boom on R-2");
    }

    [Fact]
    public void Checker_UserRuleThatCannotBeCreated_NamesTheRuleType()
    {
        var options = new ComplianceOptions { RuleTypes = { typeof(DependencyInjection.InjectedLimitRule) } };

        var act = () => new ComplianceChecker(options);

        act.Should().Throw<InvalidOperationException>().WithMessage("*InjectedLimitRule*");
    }

    [Fact]
    public void Check_DisabledUserRule_IsNotLoaded()
    {
        var options = new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule) }, DisabledRules = { "USR-001" } };

        var report = new ComplianceChecker(options).Check(Dataset);

        report.Findings.Should().NotContain(f => f.RuleId == "USR-001");
    }

    [Fact]
    public void Check_UserRulesFromAnAssembly_AreLoadedThroughTheContainer()
    {
        var services = new ServiceCollection()
            .AddSingleton(new DependencyInjection.MeasureLimit(1000))
            .AddCampaignCompliance(o => o.RuleAssemblies.Add(typeof(LongMeasureRule).Assembly));
        using var provider = services.BuildServiceProvider();

        var report = provider.GetRequiredService<ComplianceChecker>().Check(Dataset);

        report.Findings.Should().Contain(f => f.RuleId == "USR-001");
        report.RuleFailures.Should().Contain(f => f.RuleName == "ThrowingRule");
    }
}
