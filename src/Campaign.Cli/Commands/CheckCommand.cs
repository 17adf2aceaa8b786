using System.CommandLine;
using System.Diagnostics;
using Campaign.Cli.Input;
using Campaign.Cli.Messages;
using Campaign.Cli.Output;
using Campaign.Cli.UserRules;
using Campaign.Compliance;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Domain.Campaigns;

namespace Campaign.Cli.Commands;

/// <summary>
/// <c>campaign check [PATH]</c>: reads the dataset, runs every enabled rule (the user's from <c>--rules</c> too), narrows
/// the report to <c>--unit</c>, <c>--severity</c> and <c>--rule</c>, writes it, and says on standard error what
/// <c>--fail-on</c> found.
/// </summary>
internal sealed class CheckCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var language = Language(parse);
        var format = parse.GetValue(CommandLine.Format) ?? (Console.Environment.OutputIsTerminal ? "table" : "json");
        var outputPath = parse.GetValue(CommandLine.Output);
        var failOn = NarrowingInput.Severity(parse.GetValue(CommandLine.FailOn));

        if (format == "xlsx" && outputPath is null)
        {
            throw new CliInputException(Text.WorkbookNeedsOutput);
        }

        var options = LoadOptions(parse.GetValue(CommandLine.OptionsFile), Text);
        options.Language = language;
        switch (parse.GetValue(CommandLine.Engine))
        {
            case "indexed": options.Engine = RuleEngine.Indexed; break;
            case "nrules": options.Engine = RuleEngine.NRules; break;
        }

        var rulePaths = parse.GetValue(CommandLine.RuleAssemblies) ?? [];
        var userAssemblies = UserRuleAssemblies.Load(rulePaths, Text);
        foreach (var assembly in userAssemblies)
        {
            options.RuleAssemblies.Add(assembly);
        }

        var catalog = UserCatalog(userAssemblies);
        ApplyFocus(options, CampaignCommandLine.SplitList(parse.GetValue(CommandLine.Focus)), Text);
        ApplyDisable(options, CampaignCommandLine.SplitList(parse.GetValue(CommandLine.Disable)), catalog, Text);
        var (ruleIds, families) = NarrowingInput.Rules(parse.GetValue(CommandLine.Rule) ?? [], catalog, Text);
        var checker = CreateChecker(options, rulePaths, Text);

        var progress = new ProgressLine(Console);
        var clock = Stopwatch.StartNew();
        var (dataset, name) = StoreInput.ReadFileOrStore(parse.GetValue(CommandLine.CheckPath), parse.GetValue(CommandLine.CheckDb), Console, options.FocusCatalog, progress);
        Console.Info(Text.ReadIn(name, clock.ElapsedMilliseconds, GcNote()));

        var unitId = parse.GetValue(CommandLine.Unit) is { } unit ? NarrowingInput.Unit(unit, dataset, Text) : null;
        var filter = new FindingFilter(unitId, NarrowingInput.Severity(parse.GetValue(CommandLine.Severity)), ruleIds, families);
        var asOf = ResolveAsOf(parse, dataset);

        progress.Stage(Text.Checking);
        clock.Restart();
        var report = checker.Check(dataset, asOf);
        progress.Done();
        Console.Info(Text.CheckedIn(asOf, options.Engine == RuleEngine.NRules ? "nrules" : "indexed", clock.ElapsedMilliseconds, report.Findings.Count, GcNote()));
        foreach (var failure in report.RuleFailures)
        {
            Console.Warn(Text.RuleFailed(failure.RuleName, failure.Phase, failure.Message));
        }

        if (!filter.KeepsEverything)
        {
            var total = report.Findings.Count;
            report = report.Narrow(filter, dataset);
            Console.Note(Text.Narrowed(report.Findings.Count, total, NarrowingInput.Describe(filter, report.NarrowedUnitIds?.Count ?? 0, Text)));
        }

        // A report written to the terminal itself needs no progress line (it would interleave with the report).
        if (outputPath is not null || !Console.Environment.OutputIsTerminal)
        {
            progress.Stage(Text.WritingReport);
        }

        clock.Restart();
        WriteReport(report, dataset, format, language, outputPath);
        progress.Done();
        Console.Info(Text.WroteIn(format, clock.ElapsedMilliseconds, GcNote()));

        if (failOn is not { } level)
        {
            return ExitCodes.Ok;
        }

        // Said even with --quiet: it is why the exit code is what it is.
        var where = outputPath is null ? Text.StandardOutput : Text.Quote(outputPath);
        var reached = Reaching(report, level);
        Console.Say(reached > 0 ? Text.FailOnReached(reached, level, where) : Text.FailOnNotReached(level, where));
        return reached > 0 ? ExitCodes.FindingsReachedFailOn : ExitCodes.Ok;
    }

    /// <summary>
    /// The evaluation date: <c>--as-of</c>, else the dataset's, else today (said on standard error). A date outside the
    /// campaign is refused unless <c>--force-as-of</c>: deadlines judged on such a day mean nothing.
    /// </summary>
    private DateOnly ResolveAsOf(ParseResult parse, CampaignDataset dataset)
    {
        var (asOf, source) = parse.GetValue(CommandLine.AsOf) is { } given
            ? (given, AsOfSource.Option)
            : dataset.Campaign.AsOf is { } own ? (own, AsOfSource.Dataset) : (Console.Environment.Today, AsOfSource.Today);
        var campaign = dataset.Campaign;
        if ((asOf < campaign.Start || asOf > campaign.End) && !parse.GetValue(CommandLine.ForceAsOf))
        {
            throw new CliInputException(Text.AsOfOutsideCampaign(asOf, source, campaign.Start, campaign.End));
        }

        if (source == AsOfSource.Today)
        {
            Console.Note(Text.AsOfToday(asOf));
        }

        return asOf;
    }

    /// <summary>The shipped catalog with the user's rules; id collisions are left to the options' validation, which words them.</summary>
    internal static ComplianceRuleCatalog UserCatalog(IReadOnlyList<System.Reflection.Assembly> assemblies)
    {
        if (assemblies.Count == 0)
        {
            return ComplianceRuleCatalog.Shipped;
        }

        var user = new List<ComplianceRuleDescriptor>();
        var ids = new HashSet<string>(ComplianceRuleCatalog.Shipped.Rules.Select(r => r.Id), StringComparer.Ordinal);
        try
        {
            foreach (var rule in UserRuleAssemblies.Descriptors(assemblies))
            {
                if (ids.Add(rule.Id))
                {
                    user.Add(rule);
                }
            }
        }
        catch (ArgumentException)
        {
            // An incomplete declaration: the checker's validation lists it with every other problem.
        }

        return ComplianceRuleCatalog.Shipped.With(user);
    }

    private (int Gen0, int Gen1, int Gen2, TimeSpan Pause) _gcBefore;

    /// <summary>For <c>--verbose</c>: the garbage collections and their pause time since the previous note.</summary>
    private string GcNote()
    {
        var now = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var before = _gcBefore;
        _gcBefore = now;
        return Text.GcNote(now.Item1 - before.Gen0, now.Item2 - before.Gen1, now.Item3 - before.Gen2, (now.Item4 - before.Pause).TotalMilliseconds);
    }

    /// <summary>How many findings are at or above the <c>--fail-on</c> severity.</summary>
    internal static int Reaching(ComplianceReport report, FindingSeverity threshold)
    {
        var count = 0;
        foreach (var finding in report.Findings)
        {
            if (finding.Severity >= threshold)
            {
                count++;
            }
        }

        return count;
    }

    internal static ComplianceOptions LoadOptions(string? path, CliText text)
    {
        if (path is null)
        {
            return new ComplianceOptions();
        }

        try
        {
            return ComplianceOptions.LoadFile(path);
        }
        catch (ComplianceOptionsException e)
        {
            throw new CliInputException(text.OptionsFileInvalid(path), InputErrorText.Lines(e.Errors, text), e);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException(text.OptionsFileMissing(path), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(text.OptionsFileUnreadable(path, text.SystemReason(e)), e);
        }
    }

    internal static void ApplyFocus(ComplianceOptions options, IReadOnlyList<string> lists, CliText text)
    {
        if (lists.Count == 0)
        {
            return;
        }

        var unknown = lists.Where(code => !options.FocusCatalog.ContainsList(code)).ToArray();
        if (unknown.Length > 0)
        {
            throw new CliInputException(text.UnknownFocusLists(unknown, options.FocusCatalog.Lists));
        }

        options.FocusLists = lists.ToList();
    }

    internal static void ApplyDisable(ComplianceOptions options, IReadOnlyList<string> ids, ComplianceRuleCatalog catalog, CliText text)
    {
        var unknown = ids.Where(id => !catalog.Contains(id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new CliInputException(text.UnknownDisabledRules(unknown));
        }

        foreach (var id in ids)
        {
            options.DisabledRules.Add(id);
        }
    }

    internal static ComplianceChecker CreateChecker(ComplianceOptions options, IReadOnlyList<string> rulePaths, CliText text)
    {
        try
        {
            return new ComplianceChecker(options);
        }
        catch (ComplianceOptionsException e)
        {
            throw UserRuleAssemblies.Refusal(e, rulePaths, text);
        }
        catch (Exception e) when (rulePaths.Count > 0 && e is NRules.Fluent.RuleDefinitionException or NRules.RuleCompilationException)
        {
            throw new CliInputException(text.UserRuleNotCompiled(OneLine(e.InnerException?.Message ?? e.Message)), e);
        }
    }

    private static string OneLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
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
                AtomicFile.WriteText(outputPath, writer => table.Write(report, dataset, writer), Text);
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
            AtomicFile.Write(outputPath, stream => json.Write(report, stream), Text);
        }
        else
        {
            AtomicFile.Write(outputPath, stream => writer.Write(report, dataset, stream), Text);
        }
    }
}
