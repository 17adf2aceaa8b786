using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Campaign.Cli.Input;
using Campaign.Cli.Messages;
using Campaign.Cli.Output;
using Campaign.Cli.UserRules;
using Campaign.Compliance;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Spectre.Console;

namespace Campaign.Cli.Commands;

/// <summary>
/// <c>campaign rules [ID]</c>: the rule catalog (id, family, default severity, scope, title), or one rule in full (what
/// it flags, its source, the options that affect it with their values), as a table, JSON or Markdown.
/// </summary>
internal sealed class RulesCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override int Run(ParseResult parse)
    {
        var language = Language(parse);
        var format = parse.GetValue(CommandLine.RulesFormat) ?? "table";
        var options = CheckCommand.LoadOptions(parse.GetValue(CommandLine.RulesOptionsFile), Text);
        var paths = parse.GetValue(CommandLine.RulesAssemblies) ?? [];
        var assemblies = UserRuleAssemblies.Load(paths, Text);
        foreach (var assembly in assemblies)
        {
            options.RuleAssemblies.Add(assembly);
        }

        try
        {
            options.Validate();
        }
        catch (ComplianceOptionsException e)
        {
            throw UserRuleAssemblies.Refusal(e, paths, Text);
        }

        var catalog = CheckCommand.UserCatalog(assemblies);
        if (parse.GetValue(CommandLine.RuleId) is { } id)
        {
            var rule = catalog.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliInputException(Text.UnknownRule(id, NarrowingInput.Near(id, catalog.Rules.Select(r => r.Id))));
            var view = new RuleView(rule, options, language, Text);
            switch (format)
            {
                case "json": WriteJson(w => view.WriteJson(w)); break;
                case "markdown": Console.Output.Write(view.Markdown()); break;
                default: Console.Output.Write(view.Text()); break;
            }

            return ExitCodes.Ok;
        }

        var views = catalog.Rules.Select(r => new RuleView(r, options, language, Text)).ToArray();
        switch (format)
        {
            case "json":
                WriteJson(w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("rules");
                    foreach (var view in views)
                    {
                        view.WriteJson(w);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                break;
            case "markdown":
                WriteMarkdownList(views);
                break;
            default:
                WriteTable(views);
                break;
        }

        return ExitCodes.Ok;
    }

    private void WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(json);
        }

        Console.Output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        Console.Output.Write('\n');
    }

    private void WriteMarkdownList(IReadOnlyList<RuleView> views)
    {
        var output = Console.Output;
        output.Write("# " + Text.RuleCatalogTitle + "\n\n");
        output.Write($"| {Text.ColumnId} | {Text.ColumnTitle} | {Text.ColumnFamily} | {Text.ColumnSeverity} | {Text.ColumnScope} |\n");
        output.Write("|---|---|---|---|---|\n");
        foreach (var view in views)
        {
            output.Write($"| {view.Rule.Id} | {RuleView.Cell(view.Title)} | {view.Family} | {view.Severity} | {view.Scope} |\n");
        }
    }

    private void WriteTable(IReadOnlyList<RuleView> views)
    {
        if (Console.Environment.OutputIsTerminal)
        {
            var terminal = TableReportWriter.CreateConsole(Console.Output, ansi: true, Console.Environment.TerminalWidth);
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(Text.ColumnId).AddColumn(Text.ColumnFamily).AddColumn(Text.ColumnSeverity).AddColumn(Text.ColumnScope).AddColumn(Text.ColumnTitle);
            foreach (var view in views)
            {
                table.AddRow(
                    new Text(view.Rule.Id, new Style(decoration: Decoration.Bold)),
                    new Text(view.Family),
                    new Text(view.Severity, TableReportWriter.SeverityStyle(view.EffectiveSeverity)),
                    new Text(view.Scope),
                    new Text(view.Title));
            }

            terminal.Write(table);
            return;
        }

        // Redirected: plain aligned columns (by display width: a Chinese character takes two), easy to grep and cut.
        var idWidth = views.Max(v => RuleView.Width(v.Rule.Id)) + 2;
        var familyWidth = views.Max(v => RuleView.Width(v.Family)) + 2;
        var severityWidth = views.Max(v => RuleView.Width(v.Severity)) + 2;
        var scopeWidth = views.Max(v => RuleView.Width(v.Scope)) + 2;
        foreach (var view in views)
        {
            Console.Output.WriteLine(
                RuleView.Pad(view.Rule.Id, idWidth) + RuleView.Pad(view.Family, familyWidth) + RuleView.Pad(view.Severity, severityWidth)
                + RuleView.Pad(view.Scope, scopeWidth) + view.Title);
        }
    }
}
