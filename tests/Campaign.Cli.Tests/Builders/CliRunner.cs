using System.Text;
using Campaign.Cli;

namespace Campaign.Cli.Tests.Builders;

/// <summary>The outcome of one in-process run of the tool.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the tool in-process with captured standard output and error and a fixed environment.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliResult RunWithInput(string stdin, params string[] args) =>
        RunIn(CliEnvironment.Redirected, Encoding.UTF8.GetBytes(stdin), args);

    public static CliResult RunIn(CliEnvironment environment, byte[] stdin, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        using var input = new MemoryStream(stdin);
        var code = CampaignApp.Run(args, stdout, stderr, input, environment);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
