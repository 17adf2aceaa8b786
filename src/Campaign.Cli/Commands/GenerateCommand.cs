using System.CommandLine;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign generate</c>: waits for the generator (branch gen).</summary>
internal sealed class GenerateCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse) => throw new NotSupportedException("The synthetic dataset generator is not in this build yet.");
}
