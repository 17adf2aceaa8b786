using System.CommandLine;
using System.Diagnostics;
using Campaign.Cli.Output;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign generate --preset P [--seed N] [--output FILE]</c>: a valid synthetic dataset, the same bytes for the same preset and seed.</summary>
internal sealed class GenerateCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var preset = parse.GetValue(CommandLine.Preset) switch
        {
            "county" => DatasetPreset.County,
            "province" => DatasetPreset.Province,
            _ => DatasetPreset.District,
        };
        var seed = parse.GetValue(CommandLine.Seed);
        var outputPath = parse.GetValue(CommandLine.GenerateOutput);

        var progress = new ProgressLine(Console);
        var clock = Stopwatch.StartNew();
        progress.Stage(Text.Generating(preset.ToString().ToLowerInvariant()));
        var dataset = CampaignGenerator.Generate(preset, seed);
        progress.Done();
        Console.Info(Text.Generated(dataset.Problems.Count, dataset.Rectifications.Count, dataset.Opinions.Count, clock.ElapsedMilliseconds));

        if (outputPath is not null || !Console.Environment.OutputIsTerminal)
        {
            progress.Stage(Text.Writing);
        }

        if (outputPath is null)
        {
            using var stdout = new TextWriterStream(Console.Output);
            CampaignDatasetWriter.Write(dataset, stdout);
            stdout.Flush();
        }
        else
        {
            AtomicFile.Write(outputPath, stream => CampaignDatasetWriter.Write(dataset, stream), Text);
        }

        progress.Done();
        return ExitCodes.Ok;
    }
}
