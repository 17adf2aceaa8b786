using Campaign.Compliance;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reports;
using Campaign.Domain.Campaigns;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Campaign.Cli.Output;

/// <summary>
/// The <c>table</c> format, for people at a terminal: the findings grouped by unit (the unit's name, counts
/// per severity), severity coloured, then the totals by severity and rule family. Colour only on a terminal.
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
        var zh = _language == ReportLanguage.Zh;
        var console = CreateConsole(output, _ansi, _width);
        var d = report.Dataset;
        console.Write(new Rule("[bold]" + Markup.Escape(d.Name) + "[/]") { Justification = Justify.Left, Style = new Style(Color.Grey) });
        console.WriteLine(zh
            ? $"检查基准日 {report.AsOf:yyyy-MM-dd} · 单位 {d.Units} · 党员干部 {d.People} · 意见建议 {d.Opinions} · 查摆问题 {d.Problems} · 整改事项 {d.Rectifications}"
            : $"As of {report.AsOf:yyyy-MM-dd} · {d.Units} units · {d.People} people · {d.Opinions} opinions · {d.Problems} problems · {d.Rectifications} rectifications");
        console.WriteLine();

        string? unitId = null;
        Table? table = null;
        var high = 0;
        var medium = 0;
        var low = 0;
        foreach (var finding in report.Findings)
        {
            if (!string.Equals(finding.UnitId, unitId, StringComparison.Ordinal))
            {
                Flush(console, table, unitId, dataset, high, medium, low);
                unitId = finding.UnitId;
                table = NewTable(zh);
                high = medium = low = 0;
            }

            switch (finding.Severity)
            {
                case FindingSeverity.High: high++; break;
                case FindingSeverity.Medium: medium++; break;
                default: low++; break;
            }

            table!.AddRow(
                new Text(Severity(finding.Severity, zh), SeverityStyle(finding.Severity)),
                new Text(finding.RuleId + "\n" + finding.Rule.Title(_language), Style.Plain),
                new Text(finding.SubjectId, new Style(decoration: Decoration.Bold)),
                new Text(finding.Message(_language)));
        }

        Flush(console, table, unitId, dataset, high, medium, low);
        if (report.Findings.Count == 0)
        {
            console.WriteLine(zh ? "未发现问题。" : "No findings.");
        }

        console.Write(Totals(report, zh));
        foreach (var failure in report.RuleFailures)
        {
            console.Write(new Text((zh ? "用户规则运行失败:" : "User rule failed: ") + failure + "\n", new Style(Color.Red)));
        }
    }

    private static Table NewTable(bool zh) =>
        new Table().Border(TableBorder.Rounded).Expand()
            .AddColumn(new TableColumn(zh ? "程度" : "Severity").NoWrap())
            .AddColumn(new TableColumn(zh ? "规则" : "Rule"))
            .AddColumn(new TableColumn(zh ? "对象" : "Subject").NoWrap())
            .AddColumn(new TableColumn(zh ? "说明" : "Message"));

    private void Flush(IAnsiConsole console, Table? table, string? unitId, CampaignDataset? dataset, int high, int medium, int low)
    {
        if (table is null || unitId is null)
        {
            return;
        }

        var zh = _language == ReportLanguage.Zh;
        var name = dataset?.FindUnit(unitId)?.Name;
        var title = new Paragraph();
        title.Append(name is null ? unitId : name + " (" + unitId + ")", new Style(decoration: Decoration.Bold));
        title.Append("  ");
        title.Append(Severity(FindingSeverity.High, zh) + " " + high, high > 0 ? SeverityStyle(FindingSeverity.High) : Style.Plain);
        title.Append(" · ");
        title.Append(Severity(FindingSeverity.Medium, zh) + " " + medium, medium > 0 ? SeverityStyle(FindingSeverity.Medium) : Style.Plain);
        title.Append(" · ");
        title.Append(Severity(FindingSeverity.Low, zh) + " " + low, low > 0 ? SeverityStyle(FindingSeverity.Low) : Style.Plain);
        console.Write(title);
        console.WriteLine();
        console.Write(table);
        console.WriteLine();
    }

    private IRenderable Totals(ComplianceReport report, bool zh)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(zh ? "合计" : "Totals")
            .AddColumn(zh ? "严重程度" : "Severity").AddColumn(new TableColumn(zh ? "数量" : "Findings").RightAligned())
            .AddColumn(zh ? "规则类别" : "Family").AddColumn(new TableColumn(zh ? "数量" : "Findings").RightAligned());
        FindingSeverity[] severities = [FindingSeverity.High, FindingSeverity.Medium, FindingSeverity.Low];
        RuleFamily[] families = [RuleFamily.Overdue, RuleFamily.Superficial, RuleFamily.Mismatch, RuleFamily.Incomplete, RuleFamily.Escalation];
        for (var i = 0; i < families.Length; i++)
        {
            var severityCells = i < severities.Length
                ? new IRenderable[]
                {
                    new Text(Severity(severities[i], zh), SeverityStyle(severities[i])),
                    new Text(report.CountBySeverity.GetValueOrDefault(severities[i]).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                }
                : i == severities.Length
                    ? [new Text(zh ? "合计" : "total", new Style(decoration: Decoration.Bold)), new Text(report.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), new Style(decoration: Decoration.Bold))]
                    : [Text.Empty, Text.Empty];
            table.AddRow(
                severityCells[0],
                severityCells[1],
                new Text(Family(families[i], zh)),
                new Text(report.CountByFamily.GetValueOrDefault(families[i]).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return table;
    }

    private static string Severity(FindingSeverity severity, bool zh) => (severity, zh) switch
    {
        (FindingSeverity.High, true) => "高",
        (FindingSeverity.Medium, true) => "中",
        (FindingSeverity.Low, true) => "低",
        _ => severity.ToString().ToLowerInvariant(),
    };

    private static string Family(RuleFamily family, bool zh) => (family, zh) switch
    {
        (RuleFamily.Overdue, true) => "逾期",
        (RuleFamily.Superficial, true) => "走过场",
        (RuleFamily.Mismatch, true) => "查摆错位",
        (RuleFamily.Incomplete, true) => "要素不全",
        (RuleFamily.Escalation, true) => "综合风险",
        _ => family.ToString().ToLowerInvariant(),
    };
}
