using System.CommandLine;
using Campaign.Cli.Input;
using Campaign.Cli.Output;
using Campaign.Domain.Focus;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign validate [PATH]</c>: reads and validates only (no PATH: the embedded sample); prints <c>valid</c> and the counts, or every error.</summary>
internal sealed class ValidateCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var path = parse.GetValue(CommandLine.ValidatePath);
        var (dataset, name) = DatasetInput.Read(path, Console, FocusCatalog.Default, new ProgressLine(Console));
        Console.Output.WriteLine(Text.Valid(name, Counts(dataset)));
        return ExitCodes.Ok;
    }
}
