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

    [Fact]
    public void RulesId_ShowsTheRuleInFull()
    {
        var rule = ComplianceRuleCatalog.Shipped.Get("OVD-003");

        var result = CliRunner.Run("rules", "OVD-003", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Stderr);
        var lines = result.Stdout.Split('\n');
        lines[0].Should().Be("OVD-003  " + rule.Title(ReportLanguage.En));
        Value(lines, "name").Should().Be(rule.Name);
        Value(lines, "family").Should().Be("overdue");
        Value(lines, "severity").Should().Be("medium");
        Value(lines, "scope").Should().Be("unit");
        Value(lines, "enabled").Should().Be("yes");
        Value(lines, "flags").Should().Be(rule.MessageTemplate(ReportLanguage.En));
        Value(lines, "source").Should().Be(rule.Source(ReportLanguage.En));
        Value(lines, "options").Should().Be("immediateWindowDays = 30");
    }

    [Fact]
    public void RulesId_WithAnOptionsFile_ShowsItsValuesAndSeverity()
    {
        using var files = new TestFiles();
        var options = files.Write("options.json", "{ \"immediateWindowDays\": 12, \"severityOverrides\": { \"OVD-003\": \"high\" }, \"disabledRules\": [\"OVD-003\"] }");

        var result = CliRunner.Run("rules", "ovd-003", "--options", options, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Stderr);
        var lines = result.Stdout.Split('\n');
        Value(lines, "severity").Should().Be("high (default: medium)");
        Value(lines, "enabled").Should().Be("no (disabled by the options)");
        Value(lines, "options").Should().Be("immediateWindowDays = 12");
    }

    [Fact]
    public void RulesId_Unknown_ListsNearIds()
    {
        var result = CliRunner.Run("rules", "OVD-08");

        ValidateCommandTests.AssertRejected(result, "no rule has the id 'OVD-08'; near ids: OVD-001");
    }

    [Fact]
    public void RulesId_AsJson_HasEveryPartAndTheOptionValues()
    {
        var rule = ComplianceRuleCatalog.Shipped.Get("SUP-005");

        var result = CliRunner.Run("rules", "SUP-005", "--format", "json", "--lang", "zh");

        result.ExitCode.Should().Be(0, result.Stderr);
        var json = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!;
        json["id"]!.GetValue<string>().Should().Be("SUP-005");
        json["title"]!.GetValue<string>().Should().Be(rule.Title(ReportLanguage.Zh));
        json["family"]!.GetValue<string>().Should().Be("superficial");
        json["defaultSeverity"]!.GetValue<string>().Should().Be("medium");
        json["scope"]!.GetValue<string>().Should().Be("unit");
        json["message"]!.GetValue<string>().Should().Be(rule.MessageTemplate(ReportLanguage.Zh));
        json["source"]!.GetValue<string>().Should().Be(rule.Source(ReportLanguage.Zh));
        json["options"]!["minConcreteChars"]!.GetValue<int>().Should().Be(6);
        json["options"]!["stockPhrases"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(Campaign.Compliance.ComplianceOptions.DefaultStockPhrases);
    }

    [Fact]
    public void Rules_AsJson_ListsEveryRuleInCatalogOrder()
    {
        var result = CliRunner.Run("rules", "-f", "json");

        var rules = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!["rules"]!.AsArray();
        rules.Select(r => r!["id"]!.GetValue<string>()).Should().Equal(ComplianceRuleCatalog.Shipped.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Rules_AsMarkdown_IsATableOfEveryRuleAndOneRuleIsAList()
    {
        var list = CliRunner.Run("rules", "-f", "markdown", "--lang", "zh");
        var one = CliRunner.Run("rules", "ESC-001", "-f", "markdown", "--lang", "en");

        list.Stdout.Should().StartWith("# 规则目录\n\n| 编号 | 名称 | 类别 | 严重程度 | 适用范围 |\n|---|---|---|---|---|\n");
        list.Stdout.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| 编号", StringComparison.Ordinal))
            .Should().Be(ComplianceRuleCatalog.Shipped.Rules.Count);
        list.Stdout.Should().Contain("| OVD-001 | 整改超期 | 逾期 | 高 | 单位内 |");
        one.Stdout.Should().StartWith("## ESC-001 ").And.Contain("- **options**: atRiskThreshold = 5\n").And.Contain("- **scope**: dataset\n");
    }

    [Fact]
    public void Rules_InChinese_NamesFamilySeverityAndScopeInChinese()
    {
        var result = CliRunner.Run("rules", "--lang", "zh");

        var line = result.Stdout.Split('\n').Single(l => l.StartsWith("SUP-006", StringComparison.Ordinal));
        line.Should().Contain("走过场").And.Contain("中").And.Contain("全数据集");
        result.Stdout.Should().NotContain("superficial").And.NotContain("medium").And.NotContain("dataset");
    }

    [Fact]
    public void Rules_OnATerminal_IsATableWithChineseHeadersAndNames()
    {
        var terminal = Campaign.Cli.CliEnvironment.Redirected with { OutputIsTerminal = true, TerminalWidth = 160 };

        var result = CliRunner.RunIn(terminal, [], "rules", "--lang", "zh");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("编号").And.Contain("类别").And.Contain("适用范围").And.Contain("全数据集").And.Contain("综合风险");
        result.Stdout.Should().NotContain("escalation");
    }

    private static string Value(string[] lines, string label) =>
        lines.Single(l => l.StartsWith("  " + label + ":", StringComparison.Ordinal))[(label.Length + 3)..].Trim();
}
