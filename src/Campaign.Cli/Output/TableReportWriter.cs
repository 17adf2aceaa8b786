using Campaign.Compliance;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Domain.Campaigns;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Campaign.Cli.Output;

/// <summary>
/// The <c>table</c> format, for people at a terminal: the findings grouped by unit in the reports' order
/// (<see cref="UnitSection"/>: hierarchy, then name) with the unit's name and counts per severity, severity
/// coloured, the message with names, deadline and responsible person, then the totals by severity and rule
/// family. Labels from <see cref="ReportText"/>. Text is broken into lines here, so that no line starts with a
/// closing punctuation mark. Colour only on a terminal.
/// </summary>
internal sealed class TableReportWriter
{
    private readonly ReportLanguage _language;
    private readonly bool _ansi;
    private readonly int _width;

    public TableReportWriter(ReportLanguage language, bool ansi, int width)
    {
        _language = language;
        _ansi = ansi;
        _width = width;
    }

    /// <summary>A Spectre console over <paramref name="output"/>: colours only when <paramref name="ansi"/>, a fixed width.</summary>
    public static IAnsiConsole CreateConsole(TextWriter output, bool ansi, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        return console;
    }

    public static Style SeverityStyle(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => new Style(Color.Red, decoration: Decoration.Bold),
        FindingSeverity.Medium => new Style(Color.Yellow),
        _ => new Style(Color.Blue),
    };

    public void Write(ComplianceReport report, CampaignDataset? dataset, TextWriter output)
    {
        var text = ReportText.For(_language);
        var console = CreateConsole(output, _ansi, _width);
        var d = report.Dataset;
        console.Write(new Rule("[bold]" + Markup.Escape(d.Name) + "[/]") { Justification = Justify.Left, Style = new Style(Color.Grey) });
        console.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{text.AsOf} {report.AsOf:yyyy-MM-dd} · {text.Units} {d.Units} · {text.People} {d.People} · {text.Opinions} {d.Opinions} · {text.Problems} {d.Problems} · {text.Rectifications} {d.Rectifications}"));
        if (text.NarrowingLine(report, dataset) is { } narrowing)
        {
            console.WriteLine(narrowing);
        }

        console.WriteLine();

        // Column widths are set here (and the text broken to them) so the table never breaks a line itself.
        var severityWidth = Math.Max(TerminalText.CellWidth(text.Severity), ReportNames.SeveritiesDescending.Max(s => TerminalText.CellWidth(text.Of(s))));
        // Borders and padding of four columns take 13 cells, and the table keeps a cell or two in reserve; the rule
        // and message columns share what is left.
        const int subjectWidth = 12;
        var available = Math.Max(20, _width - 15 - severityWidth - subjectWidth);
        var ruleWidth = Math.Clamp(available / 4, 10, 20);
        var messageWidth = available - ruleWidth;
        foreach (var section in UnitSection.Of(report, dataset, _language))
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn(text.Severity).Width(severityWidth).NoWrap())
                .AddColumn(new TableColumn(text.Rule).Width(ruleWidth))
                .AddColumn(new TableColumn(text.Subject).Width(subjectWidth))
                .AddColumn(new TableColumn(text.Message).Width(messageWidth));
            foreach (var finding in section.Findings)
            {
                var context = FindingContext.Of(finding, dataset, _language);
                var message = finding.Message(_language, dataset);
                var facts = new List<string>(2);
                if (context.Deadline is { } deadline)
                {
                    facts.Add(text.Deadline + text.Colon + deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                // A person or unit subject answers for itself: its name is already in the message.
                if (finding.SubjectType is not SubjectType.Person and not SubjectType.Unit)
                {
                    if (context.ResponsiblePerson is { } person)
                    {
                        facts.Add(text.Responsible + text.Colon + person);
                    }
                    else if (context.ResponsibleUnit is { } unit)
                    {
                        facts.Add(text.ResponsibleUnit + text.Colon + unit);
                    }
                }

                if (facts.Count > 0)
                {
                    message += "\n" + string.Join(_language == ReportLanguage.Zh ? "；" : "; ", facts);
                }

                table.AddRow(
                    new Text(text.Of(finding.Severity), SeverityStyle(finding.Severity)),
                    new Text(finding.RuleId + "\n" + TerminalText.Wrap(finding.Rule.Title(_language), ruleWidth - 4), Style.Plain),
                    new Text(TerminalText.Wrap(finding.SubjectId, subjectWidth), new Style(decoration: Decoration.Bold)),
                    new Text(TerminalText.Wrap(message, messageWidth - 4)));
            }

            var title = new Paragraph();
            title.Append(section.Label, new Style(decoration: Decoration.Bold));
            title.Append("  ");
            title.Append(text.Of(FindingSeverity.High) + " " + section.High, section.High > 0 ? SeverityStyle(FindingSeverity.High) : Style.Plain);
            title.Append(" · ");
            title.Append(text.Of(FindingSeverity.Medium) + " " + section.Medium, section.Medium > 0 ? SeverityStyle(FindingSeverity.Medium) : Style.Plain);
            title.Append(" · ");
            title.Append(text.Of(FindingSeverity.Low) + " " + section.Low, section.Low > 0 ? SeverityStyle(FindingSeverity.Low) : Style.Plain);
            console.Write(title);
            console.WriteLine();
            console.Write(table);
            console.WriteLine();
        }

        if (report.Findings.Count == 0)
        {
            console.WriteLine(text.NoFindings);
        }

        console.Write(Totals(report, text));
        foreach (var failure in report.RuleFailures)
        {
            console.Write(new Text(text.RuleFailures + text.Colon + failure + "\n", new Style(Color.Red)));
        }
    }

    private static IRenderable Totals(ComplianceReport report, ReportText text)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(text.Totals)
            .AddColumn(text.Severity).AddColumn(new TableColumn(text.Count).RightAligned())
            .AddColumn(text.Family).AddColumn(new TableColumn(text.Count).RightAligned());
        var severities = ReportNames.SeveritiesDescending;
        var families = ReportNames.Families;
        for (var i = 0; i < families.Count; i++)
        {
            var severityCells = i < severities.Count
                ? new IRenderable[]
                {
                    new Text(text.Of(severities[i]), SeverityStyle(severities[i])),
                    new Text(report.CountBySeverity.GetValueOrDefault(severities[i]).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                }
                : i == severities.Count
                    ? [new Text(text.Total, new Style(decoration: Decoration.Bold)), new Text(report.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), new Style(decoration: Decoration.Bold))]
                    : [Text.Empty, Text.Empty];
            table.AddRow(
                severityCells[0],
                severityCells[1],
                new Text(text.Of(families[i])),
                new Text(report.CountByFamily.GetValueOrDefault(families[i]).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return table;
    }
}
