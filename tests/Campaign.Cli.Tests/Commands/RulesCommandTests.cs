using Campaign.Cli.Tests.Builders;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Cli.Tests.Commands;

public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_ListsEveryShippedRuleWithFamilySeverityAndTitle()
    {
        var result = CliRunner.Run("rules", "--lang", "en");

        result.ExitCode.Should().Be(0);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(ComplianceRuleCatalog.Shipped.Rules.Count);
        foreach (var rule in ComplianceRuleCatalog.Shipped.Rules)
        {
            lines.Should().Contain(l => l.StartsWith(rule.Id, StringComparison.Ordinal)
                && l.Contains(rule.Family.ToString().ToLowerInvariant())
                && l.Contains(rule.DefaultSeverity.ToString().ToLowerInvariant())
                && l.EndsWith(rule.Title(ReportLanguage.En), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Rules_InChinese_ShowsTheChineseTitles()
    {
        var result = CliRunner.Run("rules", "--lang", "zh");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain(ComplianceRuleCatalog.Shipped.Get("OVD-001").Title(ReportLanguage.Zh));
        result.Stdout.Should().NotContain(ComplianceRuleCatalog.Shipped.Get("OVD-001").Title(ReportLanguage.En));
    }

    [Fact]
    public void Rules_WithAChineseUiCulture_DefaultsToChinese()
    {
        var environment = Campaign.Cli.CliEnvironment.Redirected with { UiCulture = new System.Globalization.CultureInfo("zh-CN") };

        var result = CliRunner.RunIn(environment, [], "rules");

        result.Stdout.Should().Contain(ComplianceRuleCatalog.Shipped.Get("SUP-001").Title(ReportLanguage.Zh));
    }
}
