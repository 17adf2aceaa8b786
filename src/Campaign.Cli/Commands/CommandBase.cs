using System.CommandLine;
using Campaign.Cli.Messages;
using Campaign.Compliance.Findings;

namespace Campaign.Cli.Commands;

/// <summary>What every command shares: the console, the command line and the language.</summary>
internal abstract class CommandBase
{
    protected CommandBase(CliConsole console, CampaignCommandLine commandLine)
    {
        Console = console;
        CommandLine = commandLine;
    }

    protected CliConsole Console { get; }

    protected CampaignCommandLine CommandLine { get; }

    /// <summary>Runs the command.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The exit code.</returns>
    public abstract int Run(ParseResult parse);

    /// <summary>The run's language: <c>--lang</c>, else the environment's (<see cref="CliEnvironment.DefaultLanguage"/>).</summary>
    protected ReportLanguage Language(ParseResult parse) => Console.Text.Language;

    /// <summary>The run's messages.</summary>
    protected CliText Text => Console.Text;

    /// <summary>The dataset's record counts, in words of the run's language.</summary>
    protected string Counts(Campaign.Domain.Campaigns.CampaignDataset dataset) =>
        Text.Counts(dataset.Units.Count, dataset.People.Count, dataset.Opinions.Count, dataset.Problems.Count, dataset.Rectifications.Count);
}
