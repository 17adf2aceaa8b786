using System.CommandLine;
using System.Diagnostics;
using Campaign.Cli.Input;
using Campaign.Cli.Output;
using Campaign.Domain.Focus;

namespace Campaign.Cli.Commands;

/// <summary>
/// <c>campaign import FILE --db STORE [--replace]</c>: reads and validates FILE like <c>validate</c> (same errors, exit 2,
/// the store untouched), then imports it in one transaction.
/// </summary>
internal sealed class ImportCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var db = parse.GetValue(CommandLine.ImportDb)!;
        var replace = parse.GetValue(CommandLine.Replace);
        var progress = new ProgressLine(Console);
        var (dataset, name) = DatasetInput.Read(parse.GetValue(CommandLine.ImportPath), Console, FocusCatalog.Default, progress);

        var store = StoreInput.Open(db, mustExist: false, Text);
        var storeName = StoreInput.DisplayName(store, Text);
        var clock = Stopwatch.StartNew();
        progress.Stage(Text.Importing(storeName));
        try
        {
            StoreInput.Run(storeName, async () =>
            {
                await store.ImportAsync(dataset, replace);
                return true;
            }, Text);
        }
        finally
        {
            progress.Done();
        }

        Console.Output.WriteLine(Text.Imported(name, storeName, Counts(dataset)));
        Console.Info(Text.ImportedIn(clock.ElapsedMilliseconds));
        return ExitCodes.Ok;
    }
}
