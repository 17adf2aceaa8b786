using System.CommandLine;
using Campaign.Cli.Input;
using Campaign.Cli.Output;
using Campaign.Domain.Focus;
using Campaign.Domain.Serialization;
using Campaign.Domain.Workbooks;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign convert IN --output OUT</c>: a ledger workbook to campaign-dataset/1 JSON and back, by the
/// names' extensions (.xlsx or .json); the input is validated first, the output written atomically.</summary>
internal sealed class ConvertCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var inputPath = parse.GetValue(CommandLine.ConvertPath)!;
        var outputPath = parse.GetValue(CommandLine.ConvertOutput)!;
        var toWorkbook = CampaignDatasetReader.IsWorkbookPath(outputPath);
        if (!toWorkbook && !outputPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliInputException(Text.ConvertOutputUnknown(outputPath));
        }

        var progress = new ProgressLine(Console);
        var (dataset, name) = DatasetInput.Read(inputPath, Console, FocusCatalog.Default, progress);
        progress.Stage(Text.WritingFile(outputPath));
        try
        {
            if (toWorkbook)
            {
                AtomicFile.Write(outputPath, stream => CampaignWorkbookWriter.Write(dataset, stream), Text);
            }
            else
            {
                AtomicFile.Write(outputPath, stream => CampaignDatasetWriter.Write(dataset, stream), Text);
            }
        }
        catch (ArgumentException e)
        {
            // An id a workbook list cell cannot hold: nothing was written.
            throw new CliInputException(Text.CannotWrite(outputPath, e.Message), e);
        }
        finally
        {
            progress.Done();
        }

        Console.Info(Text.Converted(name, outputPath, Counts(dataset)));
        return ExitCodes.Ok;
    }
}
