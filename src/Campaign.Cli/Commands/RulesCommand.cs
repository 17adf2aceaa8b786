using System.CommandLine;
using Campaign.Cli.Output;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Spectre.Console;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign rules</c>: the rule catalog (id, family, default severity, title in the chosen language).</summary>
internal sealed class RulesCommand(CliConsole console, CampaignCommandLine commandLine) : CommandBase(console, commandLine)
{
    public override int Run(ParseResult parse)
    {
        var language = Language(parse);
        var rules = ComplianceRuleCatalog.Shipped.Rules;
        if (Console.Environment.OutputIsTerminal)
        {
            var terminal = TableReportWriter.CreateConsole(Console.Output, ansi: true, Console.Environment.TerminalWidth);
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("id").AddColumn("family").AddColumn("severity").AddColumn(language == ReportLanguage.Zh ? "名称" : "title");
            foreach (var rule in rules)
            {
                table.AddRow(
                    new Text(rule.Id, new Style(decoration: Decoration.Bold)),
                    new Text(Names.Family(rule.Family)),
                    new Text(Names.Severity(rule.DefaultSeverity), TableReportWriter.SeverityStyle(rule.DefaultSeverity)),
                    new Text(rule.Title(language)));
            }

            terminal.Write(table);
            return ExitCodes.Ok;
        }

        // Redirected: plain aligned columns, easy to grep and cut.
        var familyWidth = rules.Max(r => Names.Family(r.Family).Length);
        foreach (var rule in rules)
        {
            Console.Output.WriteLine(
                rule.Id.PadRight(9) + Names.Family(rule.Family).PadRight(familyWidth + 2) + Names.Severity(rule.DefaultSeverity).PadRight(8) + rule.Title(language));
        }

        return ExitCodes.Ok;
    }
}
