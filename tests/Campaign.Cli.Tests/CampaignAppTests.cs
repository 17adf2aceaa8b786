using Campaign.Cli.Tests.Builders;
using Campaign.Cli.Tests.Commands;

namespace Campaign.Cli.Tests;

public sealed class CampaignAppTests
{
    [Fact]
    public void Run_NoCommand_IsAUsageErrorPointingToHelp()
    {
        var result = CliRunner.Run();

        ValidateCommandTests.AssertRejected(result, "campaign --help");
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo()
    {
        var result = CliRunner.Run("audit");

        ValidateCommandTests.AssertRejected(result, "audit");
    }

    [Fact]
    public void Run_UnknownOption_ExitsTwoNamingIt()
    {
        var result = CliRunner.Run("check", "--colour");

        ValidateCommandTests.AssertRejected(result, "unknown option '--colour'");
    }

    [Fact]
    public void Run_UnknownFormat_ListsTheFormatsOnOneLine()
    {
        var result = CliRunner.Run("check", "--format", "xml");

        ValidateCommandTests.AssertRejected(result, "'table', 'json', 'markdown', 'csv', 'html'");
    }

    [Fact]
    public void Run_BadAsOfDate_ExitsTwoWithTheExpectedForm()
    {
        var result = CliRunner.Run("check", "--as-of", "2014-02-30");

        ValidateCommandTests.AssertRejected(result, "yyyy-MM-dd");
    }

    [Fact]
    public void Run_BadFailOn_ExitsTwo()
    {
        var result = CliRunner.Run("check", "--fail-on", "critical");

        ValidateCommandTests.AssertRejected(result, "critical");
    }

    [Fact]
    public void Run_Help_DescribesEveryOptionOfCheckWithItsDefault()
    {
        var result = CliRunner.Run("check", "--help");

        result.ExitCode.Should().Be(0);
        foreach (var option in new[] { "--as-of", "--format", "--output", "--lang", "--fail-on", "--focus", "--disable", "--options", "--quiet", "--verbose" })
        {
            result.Stdout.Should().Contain(option);
        }

        result.Stdout.Should().Contain("Default:").And.Contain("[default: none]");
    }

    [Fact]
    public void Run_GenerateWithoutPreset_IsAUsageError()
    {
        var result = CliRunner.Run("generate");

        ValidateCommandTests.AssertRejected(result, "--preset");
    }
}
