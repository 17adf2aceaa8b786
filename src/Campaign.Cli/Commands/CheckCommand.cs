using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Campaign.Cli.Input;
using Campaign.Cli.Output;
using Campaign.Compliance;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Domain.Campaigns;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign check [PATH]</c>: reads the dataset, runs every enabled rule, writes the report.</summary>
internal sealed class CheckCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var language = Language(parse);
        var format = parse.GetValue(CommandLine.Format) ?? (Console.Environment.OutputIsTerminal ? "table" : "json");
        var outputPath = parse.GetValue(CommandLine.Output);
        var failOn = parse.GetValue(CommandLine.FailOn) ?? "none";

        if (format == "xlsx" && outputPath is null)
        {
            throw new CliInputException("--format xlsx writes a binary Excel workbook: give the file with --output, e.g. --output report.xlsx.");
        }

        var options = LoadOptions(parse.GetValue(CommandLine.OptionsFile));
        options.Language = language;
        switch (parse.GetValue(CommandLine.Engine))
        {
            case "indexed": options.Engine = RuleEngine.Indexed; break;
            case "nrules": options.Engine = RuleEngine.NRules; break;
        }

        ApplyFocus(options, CampaignCommandLine.SplitList(parse.GetValue(CommandLine.Focus)));
        ApplyDisable(options, CampaignCommandLine.SplitList(parse.GetValue(CommandLine.Disable)));
        var checker = CreateChecker(options);

        var progress = new ProgressLine(Console);
        var clock = Stopwatch.StartNew();
        var (dataset, name) = StoreInput.ReadFileOrStore(parse.GetValue(CommandLine.CheckPath), parse.GetValue(CommandLine.CheckDb), Console, options.FocusCatalog, progress);
        Console.Info(string.Create(CultureInfo.InvariantCulture, $"read {name} in {clock.ElapsedMilliseconds} ms{GcNote()}"));

        var asOf = parse.GetValue(CommandLine.AsOf) ?? dataset.Campaign.AsOf ?? Console.Environment.Today;
        progress.Stage("checking");
        clock.Restart();
        var report = checker.Check(dataset, asOf);
        progress.Done();
        Console.Info(string.Create(CultureInfo.InvariantCulture, $"checked as of {asOf:yyyy-MM-dd} on the {(options.Engine == RuleEngine.NRules ? "nrules" : "indexed")} engine in {clock.ElapsedMilliseconds} ms: {report.Findings.Count} findings{GcNote()}"));
        foreach (var failure in report.RuleFailures)
        {
            Console.Warn($"the rule {failure.RuleName} failed ({failure.Phase}: {failure.Message}); its findings may be missing.");
        }

        // A report written to the terminal itself needs no progress line (it would interleave with the report).
        if (outputPath is not null || !Console.Environment.OutputIsTerminal)
        {
            progress.Stage("writing report");
        }

        clock.Restart();
        WriteReport(report, dataset, format, language, outputPath);
        progress.Done();
        Console.Info(string.Create(CultureInfo.InvariantCulture, $"wrote the {format} report in {clock.ElapsedMilliseconds} ms{GcNote()}"));

        return Reaches(report, failOn) ? ExitCodes.FindingsReachedFailOn : ExitCodes.Ok;
    }

    private (int Gen0, int Gen1, int Gen2, TimeSpan Pause) _gcBefore;

    /// <summary>For <c>--verbose</c>: the garbage collections and their pause time since the previous note.</summary>
    private string GcNote()
    {
        var now = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var before = _gcBefore;
        _gcBefore = now;
        return string.Create(
            CultureInfo.InvariantCulture,
            $" (GC: {now.Item1 - before.Gen0}/{now.Item2 - before.Gen1}/{now.Item3 - before.Gen2} collections of generation 0/1/2, {(now.Item4 - before.Pause).TotalMilliseconds:0} ms paused)");
    }

    /// <summary>Whether a finding is at or above the <c>--fail-on</c> severity.</summary>
    internal static bool Reaches(ComplianceReport report, string failOn)
    {
        FindingSeverity threshold;
        switch (failOn)
        {
            case "low": threshold = FindingSeverity.Low; break;
            case "medium": threshold = FindingSeverity.Medium; break;
            case "high": threshold = FindingSeverity.High; break;
            default: return false;
        }

        foreach (var finding in report.Findings)
        {
            if (finding.Severity >= threshold)
            {
                return true;
            }
        }

        return false;
    }

    private static ComplianceOptions LoadOptions(string? path)
    {
        if (path is null)
        {
            return new ComplianceOptions();
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return ComplianceOptions.Load(stream);
        }
        catch (ComplianceOptionsException e)
        {
            throw new CliInputException($"the options file '{path}' is invalid:", e.Errors, e);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException($"--options: cannot read '{path}': no such file.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--options: cannot read '{path}': {e.Message}", e);
        }
    }

    private static void ApplyFocus(ComplianceOptions options, IReadOnlyList<string> lists)
    {
        if (lists.Count == 0)
        {
            return;
        }

        var unknown = lists.Where(code => !options.FocusCatalog.ContainsList(code)).ToArray();
        if (unknown.Length > 0)
        {
            throw new CliInputException(
                $"--focus: unknown focus list{(unknown.Length > 1 ? "s" : string.Empty)} {string.Join(", ", unknown.Select(c => "'" + c + "'"))}; known lists: {string.Join(", ", options.FocusCatalog.Lists)}.");
        }

        options.FocusLists = lists.ToList();
    }

    private static void ApplyDisable(ComplianceOptions options, IReadOnlyList<string> ids)
    {
        var unknown = ids.Where(id => !ComplianceRuleCatalog.Shipped.Contains(id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new CliInputException(
                $"--disable: unknown rule id{(unknown.Length > 1 ? "s" : string.Empty)} {string.Join(", ", unknown.Select(c => "'" + c + "'"))}; 'campaign rules' lists the ids.");
        }

        foreach (var id in ids)
        {
            options.DisabledRules.Add(id);
        }
    }

    private static ComplianceChecker CreateChecker(ComplianceOptions options)
    {
        try
        {
            return new ComplianceChecker(options);
        }
        catch (ComplianceOptionsException e)
        {
            throw new CliInputException("the rule options are invalid:", e.Errors, e);
        }
    }

    private void WriteReport(ComplianceReport report, CampaignDataset dataset, string format, ReportLanguage language, string? outputPath)
    {
        if (format == "table")
        {
            var ansi = outputPath is null && Console.Environment.OutputIsTerminal;
            var table = new TableReportWriter(language, ansi, Console.Environment.TerminalWidth);
            if (outputPath is null)
            {
                table.Write(report, dataset, Console.Output);
            }
            else
            {
                AtomicFile.WriteText(outputPath, text => table.Write(report, dataset, text));
            }

            return;
        }

        var writer = ReportWriter.Create(
            format switch
            {
                "json" => ReportFormat.Json,
                "markdown" => ReportFormat.Markdown,
                "csv" => ReportFormat.Csv,
                "xlsx" => ReportFormat.Xlsx,
                _ => ReportFormat.Html,
            },
            language);
        if (outputPath is null)
        {
            writer.Write(report, dataset, Console.Output);
        }
        else if (writer is JsonReportWriter json)
        {
            // JSON is UTF-8 already: straight to the file, no text writer to decode and encode it again.
            AtomicFile.Write(outputPath, stream => json.Write(report, stream));
        }
        else
        {
            AtomicFile.Write(outputPath, stream => writer.Write(report, dataset, stream));
        }
    }
}
