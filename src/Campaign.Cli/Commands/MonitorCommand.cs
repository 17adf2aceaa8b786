using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Campaign.Cli.Input;
using Campaign.Compliance;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using Campaign.Domain.EntityFrameworkCore;

namespace Campaign.Cli.Commands;

/// <summary>
/// <c>campaign monitor --db STORE</c>: loads the stored dataset once, then follows the store's change log and prints
/// what every committed change (from any process) does to the findings, until Ctrl+C or <c>--until-idle</c>.
/// </summary>
internal sealed class MonitorCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override int Run(ParseResult parse)
    {
        var language = Language(parse);
        var jsonl = parse.GetValue(CommandLine.MonitorFormat) == "jsonl";
        var interval = TimeSpan.FromMilliseconds(parse.GetValue(CommandLine.PollInterval));
        var idleSeconds = parse.GetValue(CommandLine.UntilIdle);
        var maxChanges = parse.GetValue(CommandLine.MaxChanges) ?? int.MaxValue;
        var printed = 0;
        var checker = Checker(parse, language);
        var store = StoreInput.Open(parse.GetValue(CommandLine.MonitorDb)!, mustExist: true, Text);
        var name = StoreInput.DisplayName(store, Text);

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Ctrl+C ends the feed cleanly (exit 0) instead of killing the process mid-line.
            e.Cancel = true;
            stop.Cancel();
        };
        System.Console.CancelKeyPress += onCancel;
        try
        {
            using var monitor = StoreInput.Run(name, () => CampaignStoreMonitor.StartAsync(store, checker, parse.GetValue(CommandLine.MonitorAsOf), new Campaign.Domain.Serialization.DatasetReadOptions(checker.Options.FocusCatalog)), Text);
            if (!Console.Quiet)
            {
                Console.Error.WriteLine(Text.Prefix + Text.MonitorFollowing(name, monitor.Sequence, monitor.Current.Count, monitor.AsOf));
                Console.Error.Flush();
            }

            var idleFor = System.Diagnostics.Stopwatch.StartNew();
            while (!stop.IsCancellationRequested && printed < maxChanges)
            {
                var changes = StoreInput.Run(name, () => monitor.CatchUpAsync(stop.Token), Text);
                foreach (var change in changes.Take(maxChanges - printed))
                {
                    printed++;
                    if (jsonl)
                    {
                        WriteJson(change, monitor.Dataset, language);
                    }
                    else
                    {
                        WriteText(change, monitor.Dataset);
                    }
                }

                if (changes.Count > 0)
                {
                    Console.Output.Flush();
                    idleFor.Restart();
                    continue;
                }

                if (idleSeconds is { } idle && idleFor.Elapsed >= TimeSpan.FromSeconds(idle))
                {
                    break;
                }

                stop.Token.WaitHandle.WaitOne(interval);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            System.Console.CancelKeyPress -= onCancel;
        }

        return ExitCodes.Ok;
    }

    // The rule options of check (--options, --focus, --disable), read and refused the same way.
    private ComplianceChecker Checker(ParseResult parse, ReportLanguage language)
    {
        var options = CheckCommand.LoadOptions(parse.GetValue(CommandLine.OptionsFile), Text);
        options.Language = language;
        CheckCommand.ApplyFocus(options, CampaignCommandLine.SplitList(parse.GetValue(CommandLine.Focus)), Text);
        CheckCommand.ApplyDisable(options, CampaignCommandLine.SplitList(parse.GetValue(CommandLine.Disable)), ComplianceRuleCatalog.Shipped, Text);
        return CheckCommand.CreateChecker(options, [], Text);
    }

    private void WriteText(MonitoredChange change, CampaignDataset dataset)
    {
        var c = change.Change;
        Console.Output.WriteLine(Text.MonitorChange(c.Sequence, c.RecordType, c.RecordId, c.Change, change.Findings.Added.Count, change.Findings.Removed.Count));
        foreach (var finding in change.Findings.Removed)
        {
            Console.Output.WriteLine("  - " + Line(finding, dataset, Text.Language));
        }

        foreach (var finding in change.Findings.Added)
        {
            Console.Output.WriteLine("  + " + Line(finding, dataset, Text.Language));
        }
    }

    private static string Line(Finding finding, CampaignDataset dataset, ReportLanguage language) =>
        $"{finding.RuleId} {ComplianceTerms.Name(finding.Severity, language)} {finding.UnitId} {finding.SubjectId}: {finding.Message(language, dataset)}";

    private void WriteJson(MonitoredChange change, CampaignDataset dataset, ReportLanguage language)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("sequence", change.Change.Sequence);
            w.WriteString("recordType", change.Change.RecordType);
            w.WriteString("recordId", change.Change.RecordId);
            w.WriteString("change", change.Change.Change);
            w.WriteBoolean("reloaded", change.Reloaded);
            Findings(w, "added", change.Findings.Added, dataset, language);
            Findings(w, "removed", change.Findings.Removed, dataset, language);
            w.WriteEndObject();
        }

        Console.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void Findings(Utf8JsonWriter w, string name, IReadOnlyList<Finding> findings, CampaignDataset dataset, ReportLanguage language)
    {
        w.WriteStartArray(name);
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            w.WriteString("unitId", f.UnitId);
            w.WriteString("subjectType", f.SubjectType.ToString());
            w.WriteString("subjectId", f.SubjectId);
            w.WriteString("message", f.Message(language, dataset));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
