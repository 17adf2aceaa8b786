using System.Text.Json.Nodes;
using Campaign.Cli.Tests.Builders;

namespace Campaign.Cli.Tests.Commands;

/// <summary><c>--fail-on</c>, the as-of date's source and its range: what the tool says on standard error, and its exit code.</summary>
public sealed class SayWhatHappenedTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("high")]
    [InlineData("medium")]
    [InlineData("low")]
    public void FailOn_Reached_SaysHowManyAndWhereTheReportWent(string level)
    {
        var output = _files.Path_("report.json");

        var result = CliRunner.Run("check", "-f", "json", "-o", output, "--fail-on", level);

        var findings = NarrowingTests.Findings(File.ReadAllText(output));
        var order = new[] { "low", "medium", "high" };
        var reaching = findings.Count(f => Array.IndexOf(order, f.Severity) >= Array.IndexOf(order, level));
        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Be($"campaign: {reaching} findings at or above {level} (--fail-on {level}): exit code 1; the report is in '{output}'.\n");
    }

    [Fact]
    public void FailOn_NotReachedEvenWhenQuiet_SaysSoAndExitsZero()
    {
        var result = CliRunner.Run("check", "-f", "json", "--rule", "OVD-002", "--fail-on", "medium", "--quiet");

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().Be("campaign: no finding at or above medium (--fail-on medium); the report is in standard output.\n");
    }

    [Fact]
    public void FailOn_InChinese_IsTranslated()
    {
        var result = CliRunner.Run("check", "-f", "json", "--fail-on", "high", "--lang", "zh", "--rule", "OVD-001");

        var count = NarrowingTests.Findings(result.Stdout).Count;
        result.ExitCode.Should().Be(1);
        result.Stderr.Should().EndWith($"campaign：{count} 条核查发现达到或高于“高”级（--fail-on high）：退出码为 1；报告已写到标准输出。\n");
    }

    [Fact]
    public void DatasetWithoutAsOf_IsCheckedAsOfToday_AndSaysSo()
    {
        var path = WithoutAsOf();

        var result = CliRunner.Run("check", path, "-f", "json");
        var quiet = CliRunner.Run("check", path, "-f", "json", "-q");

        result.ExitCode.Should().Be(0, result.Stderr);
        JsonNode.Parse(result.Stdout)!["asOf"]!.GetValue<string>().Should().Be("2014-07-15", "the test environment's today");
        result.Stderr.Should().Be("campaign: the dataset has no campaign.asOf and no --as-of was given: checking as of today, 2014-07-15.\n");
        quiet.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void DatasetWithAsOf_OrAnAsOfOption_SaysNothingAboutToday()
    {
        var withOption = CliRunner.Run("check", WithoutAsOf(), "-f", "json", "--as-of", "2014-08-01");
        var withOwn = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "json");

        withOption.Stderr.Should().BeEmpty();
        withOwn.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2013-01-01", "--as-of 2013-01-01 is before the campaign's start (2014-03-01)")]
    [InlineData("2015-01-01", "--as-of 2015-01-01 is after the campaign's end (2014-09-30)")]
    public void AsOfOutsideTheCampaign_IsRefused(string asOf, string expected)
    {
        var output = _files.Path_("report.json");

        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--as-of", asOf, "-o", output);

        ValidateCommandTests.AssertRejected(result, expected);
        result.Stderr.Should().Contain("--force-as-of");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void AsOfOutsideTheCampaign_WithForce_IsChecked()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--as-of", "2015-01-01", "--force-as-of", "-f", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        JsonNode.Parse(result.Stdout)!["asOf"]!.GetValue<string>().Should().Be("2015-01-01");
    }

    [Fact]
    public void TodayAfterTheCampaign_IsRefusedWithAHintToGiveAsOf()
    {
        var environment = CliEnvironment.Redirected with { Today = new DateOnly(2026, 12, 6) };

        var result = CliRunner.RunIn(environment, [], "check", WithoutAsOf(), "-f", "json");

        ValidateCommandTests.AssertRejected(result, "today's date, 2026-12-06 (the dataset has no campaign.asOf), is after the campaign's end (2014-09-30)");
        result.Stderr.Should().Contain("give --as-of with a date within the campaign");
    }

    private string WithoutAsOf()
    {
        var json = TestFiles.DistrictSmallJson();
        json["campaign"]!.AsObject().Remove("asOf");
        return _files.Write("no-as-of.json", json.ToJsonString());
    }
}
