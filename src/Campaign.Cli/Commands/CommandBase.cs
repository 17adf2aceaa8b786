using System.CommandLine;
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

    /// <summary><c>--lang</c>, else the UI culture: <c>zh*</c> gives Chinese, anything else English.</summary>
    protected ReportLanguage Language(ParseResult parse) => parse.GetValue(CommandLine.Language) switch
    {
        "zh" => ReportLanguage.Zh,
        "en" => ReportLanguage.En,
        _ => Console.Environment.UiCulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ReportLanguage.Zh : ReportLanguage.En,
    };
}
