using System.CommandLine;
using Campaign.Cli.Input;
using Campaign.Cli.Output;
using Campaign.Domain.Serialization;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign export --db STORE [--output FILE]</c>: writes the stored dataset as campaign-dataset/1 JSON.</summary>
internal sealed class ExportCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var store = StoreInput.Open(parse.GetValue(CommandLine.ExportDb)!, mustExist: true, Text);
        var name = StoreInput.DisplayName(store, Text);
        var progress = new ProgressLine(Console);
        progress.Stage(Text.Reading(name));
        var dataset = StoreInput.Run(name, () => store.LoadAsync(), Text);
        progress.Done();

        var outputPath = parse.GetValue(CommandLine.ExportOutput);
        if (outputPath is null)
        {
            using var buffer = new MemoryStream();
            CampaignDatasetWriter.Write(dataset, buffer);
            Console.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            Console.Output.Flush();
        }
        else
        {
            AtomicFile.Write(outputPath, stream => CampaignDatasetWriter.Write(dataset, stream), Text);
        }

        return ExitCodes.Ok;
    }
}
