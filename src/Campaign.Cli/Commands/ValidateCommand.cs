using System.CommandLine;
using Campaign.Cli.Input;
using Campaign.Cli.Output;
using Campaign.Domain.Focus;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign validate PATH</c>: reads and validates only; prints <c>valid</c> and the counts, or every error.</summary>
internal sealed class ValidateCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var path = parse.GetValue(CommandLine.ValidatePath);
        var (dataset, name) = DatasetInput.Read(path, Console, FocusCatalog.Default, new ProgressLine(Console));
        Console.Output.WriteLine(
            $"valid: {name}: {dataset.Units.Count} units, {dataset.People.Count} people, {dataset.Opinions.Count} opinions, "
            + $"{dataset.Problems.Count} problems, {dataset.Rectifications.Count} rectifications");
        return ExitCodes.Ok;
    }
}
