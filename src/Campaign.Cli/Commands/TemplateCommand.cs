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
            throw new CliInputException(Text.TemplateNotWorkbook(outputPath));
        }

        AtomicFile.Write(outputPath, CampaignWorkbookWriter.WriteTemplate, Text);
        Console.Info(Text.WroteTemplate(outputPath));
        return ExitCodes.Ok;
    }
}
