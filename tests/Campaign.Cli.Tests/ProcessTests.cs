using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Campaign.Cli.Tests.Builders;

namespace Campaign.Cli.Tests;

/// <summary>The tool as a real process: console detection, stdin, exit codes as the shell sees them.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Campaign_CheckWithRedirectedOutput_WritesTheJsonReportOfTheSample()
    {
        var result = RunProcess(string.Empty, "check");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty("progress is not shown when standard error is redirected");
        using var report = JsonDocument.Parse(result.Stdout);
        report.RootElement.GetProperty("format").GetString().Should().Be("campaign-report/1");
        report.RootElement.GetProperty("summary").GetProperty("findings").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Campaign_MalformedStandardInput_ExitsTwoWithTheLineAndNoStackTrace()
    {
        var result = RunProcess("{\n  \"format\": \"campaign-dataset/1\",\n  oops\n}\n", "check", "-", "--format", "json", "--fail-on", "high");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("(line 3").And.NotContain("   at ");
    }

    [Fact]
    public void CampaignRuntimeConfig_SetsTheBatchJobsCollectorAndJitSettings()
    {
        // What the runtime reads when `dotnet campaign.dll` starts: the province timings in docs/scaling.md depend on them.
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "campaign.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.GetProperty("System.GC.Server").GetBoolean().Should().BeTrue();
        properties.GetProperty("System.GC.Concurrent").GetBoolean().Should().BeFalse();
        properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32().Should().Be(0, "hot code is optimized at once, not after startup");
    }

    private static CliResult RunProcess(string stdin, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "campaign.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
