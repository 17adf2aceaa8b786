using System.CommandLine;
using Campaign.Cli.Output;
using Campaign.Domain.Serialization;
using Campaign.Domain.Workbooks;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign template --output FILE.xlsx</c>: writes the empty ledger workbook (台账) a campaign office fills in.</summary>
internal sealed class TemplateCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var outputPath = parse.GetValue(CommandLine.TemplateOutput)!;
        if (!CampaignDatasetReader.IsWorkbookPath(outputPath))
        {
            throw new CliInputException($"cannot write '{outputPath}': the template is an Excel workbook; name the file .xlsx (e.g. 台账.xlsx).");
        }

        AtomicFile.Write(outputPath, CampaignWorkbookWriter.WriteTemplate);
        Console.Info($"wrote the ledger template {outputPath}");
        return ExitCodes.Ok;
    }
}
