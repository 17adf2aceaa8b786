using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
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
        progress.Stage("generating " + preset.ToString().ToLowerInvariant());
        var dataset = CampaignGenerator.Generate(preset, seed);
        progress.Done();
        Console.Info(string.Create(CultureInfo.InvariantCulture,
            $"generated {dataset.Problems.Count} problems, {dataset.Rectifications.Count} rectifications, {dataset.Opinions.Count} opinions in {clock.ElapsedMilliseconds} ms"));

        if (outputPath is not null || !Console.Environment.OutputIsTerminal)
        {
            progress.Stage("writing");
        }

        if (outputPath is null)
        {
            using var stdout = new TextWriterStream(Console.Output);
            CampaignDatasetWriter.Write(dataset, stdout);
            stdout.Flush();
        }
        else
        {
            AtomicFile.Write(outputPath, stream => CampaignDatasetWriter.Write(dataset, stream));
        }

        progress.Done();
        return ExitCodes.Ok;
    }
}
