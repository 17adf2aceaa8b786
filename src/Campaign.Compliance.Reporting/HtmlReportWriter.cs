using System.Globalization;
using System.Text;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reporting;

/// <summary>
/// Writes the report as one self-contained HTML file, readable offline: inline CSS and inline SVG only (no
/// scripts, external fonts, styles or images). It shows a summary (cards and a chart of findings by rule
/// family and severity), a units × rule-families matrix coloured by the number of findings (every unit, in
/// <see cref="UnitOrder"/>), the findings of each unit with the subject's text, deadline and responsible person,
/// the message with names and the reason each fired, and the rules the findings come from, in the writer's
/// language. Usable from 360 px to desktop width (cards wrap, tables scroll in their box or become cards) and
/// printable on A4. Every text from the data is HTML-escaped.
/// </summary>
public sealed class HtmlReportWriter : ReportWriter
{
    /// <summary>The shipped rule that flags units at risk (ESC-001), counted on its own card.</summary>
    private const string UnitAtRiskRuleId = "ESC-001";

    private const string HighColour = "#b71c1c";
    private const string MediumColour = "#e07b00";
    private const string LowColour = "#4a6fa5";

    /// <summary>
    /// The style sheet. Hooks the tests rely on: <c>.cards</c> wrap (auto-fit grid), tables in <c>.scroll</c> scroll
    /// inside their box, below 720 px the findings tables (<c>table.findings</c>) turn into cards labelled by
    /// <c>data-label</c>, and <c>@media print</c> lays the report out on A4.
    /// </summary>
    private const string Style = """
        :root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f5f7fa;--accent:#9b1c1c}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;overflow-wrap:break-word}
        header{background:linear-gradient(135deg,#7f1d1d,#b91c1c);color:#fff;padding:28px 40px 24px}
        header h1{margin:0 0 6px;font-size:26px;font-weight:650;letter-spacing:.02em}
        header .sub{margin:0;opacity:.9;font-size:14px}
        header .narrowing{margin:6px 0 0;font-size:14px;font-weight:600;overflow-wrap:anywhere}
        main{max-width:1280px;margin:0 auto;padding:24px 40px 48px}
        h2{font-size:19px;margin:32px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:12px;margin-top:4px}
        .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px;min-width:0}
        .card .n{font-size:28px;font-weight:700;line-height:1.1}
        .card .l{color:var(--muted);font-size:13px;margin-top:4px}
        .card.high .n{color:#b71c1c}.card.medium .n{color:#e07b00}.card.low .n{color:#4a6fa5}
        .panel{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px 18px;min-width:0}
        .two{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:16px}
        .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
        th{font-size:12px;letter-spacing:.04em;color:var(--muted);font-weight:600}
        .bars td.t{min-width:8em}
        .matrix td,.matrix th{text-align:center;white-space:nowrap}
        .matrix td.u,.matrix th.u{text-align:left;min-width:12em;white-space:normal}
        .matrix td.c{font-weight:600;border:2px solid #fff;border-radius:4px}
        .matrix a{color:inherit;text-decoration:none}
        .unit{background:#fff;border:1px solid var(--line);border-radius:10px;margin:16px 0;overflow:hidden}
        .unit table{table-layout:fixed}
        .unit td{overflow-wrap:anywhere}
        .unit td.r{min-width:7em;overflow-wrap:break-word}
        .unit h3{margin:0;padding:12px 16px;font-size:16px;background:#fafbfc;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:8px 12px}
        .unit h3 .id{color:var(--muted);font-weight:400;font-size:13px}
        .pill{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
        .pill.high{background:#b71c1c}.pill.medium{background:#e07b00}.pill.low{background:#4a6fa5}
        .counts .pill{margin-left:4px}
        .rule{white-space:nowrap;font-weight:600}
        .title{color:var(--muted);font-size:13px}
        .subject .t{display:block;color:var(--muted);font-size:13px}
        .subject .m{display:block;font-size:13px}
        .why{font-size:13px;color:var(--muted)}
        .why b{color:var(--ink);font-weight:600}
        .legend span{display:inline-block;margin-right:14px;font-size:13px;color:var(--muted)}
        .legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:0}
        .rules td{font-size:13px}
        footer{color:var(--muted);font-size:12px;margin-top:32px}
        .ok{color:#2e7d32;font-weight:600}
        @media (max-width:720px){
        header{padding:18px 14px 14px}header h1{font-size:21px}
        main{padding:12px 10px 32px}
        .card{padding:10px 12px}.card .n{font-size:22px}
        .panel{padding:12px 10px}
        .unit table.findings,.unit table.findings tbody,.unit table.findings tr,.unit table.findings td{display:block;width:100%}
        .unit table.findings colgroup,.unit table.findings tr.head{display:none}
        .unit table.findings tr{border-bottom:2px solid var(--line);padding:6px 0}
        .unit table.findings td{border:0;padding:3px 12px}
        .unit table.findings td[data-label]::before{content:attr(data-label);display:block;font-size:11px;color:var(--muted);font-weight:600}
        .unit table.findings td:empty{display:none}
        .subject .t{max-width:none}
        }
        @media print{
        @page{size:A4;margin:14mm 12mm}
        body{background:#fff;font-size:10pt}
        header{background:none;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
        main{max-width:none;padding:0}
        .cards{grid-template-columns:repeat(6,1fr)}
        .two{grid-template-columns:1fr 1fr}
        .scroll{overflow:visible}
        .panel,.unit,.card{border-color:#999;break-inside:avoid}
        .unit{overflow:visible;break-inside:auto}
        tr{break-inside:avoid}
        h2,h3{break-after:avoid}
        .pill,.matrix td.c{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .matrix a{text-decoration:none}
        }
        """;

    /// <summary>Creates a writer.</summary>
    /// <param name="language">The language of labels, titles and messages.</param>
    public HtmlReportWriter(ReportLanguage language = ReportLanguage.En)
        : base(language)
    {
    }

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Html;

    /// <summary>Escapes text for HTML element content and attribute values.</summary>
    /// <param name="value">The raw text.</param>
    /// <returns>The text with <c>&amp; &lt; &gt; " '</c> replaced by entities; other characters kept as is.</returns>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <inheritdoc/>
    protected override void WriteCore(ComplianceReport report, CampaignDataset? dataset, TextWriter output)
    {
        var text = ReportText.For(Language);
        var html = new StringBuilder(64 * 1024);
        var sections = UnitSection.Of(report, dataset, Language);
        var title = text.Title + " · " + report.Dataset.Name;

        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Language == ReportLanguage.Zh ? "zh-CN" : "en").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Escape(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>").Append(Escape(report.Dataset.Name)).Append("</h1>\n<p class=\"sub\">")
            .Append(Escape(text.Title)).Append(" · ").Append(Escape(text.AsOf)).Append(' ').Append(ReportNames.Date(report.AsOf))
            .Append(" · ").Append(Escape(text.Units)).Append(' ').Append(report.Dataset.Units)
            .Append(" · ").Append(Escape(text.People)).Append(' ').Append(report.Dataset.People)
            .Append(" · ").Append(Escape(text.Opinions)).Append(' ').Append(report.Dataset.Opinions)
            .Append(" · ").Append(Escape(text.Problems)).Append(' ').Append(report.Dataset.Problems)
            .Append(" · ").Append(Escape(text.Rectifications)).Append(' ').Append(report.Dataset.Rectifications)
            .Append("</p>\n");
        if (text.NarrowingLine(report, dataset) is { } narrowing)
        {
            html.Append("<p class=\"narrowing\">").Append(Escape(narrowing)).Append("</p>\n");
        }

        html.Append("</header>\n<main>\n");

        WriteCards(html, report, sections, text);
        WriteCharts(html, report, text);
        WriteMatrix(html, report, dataset, sections, text);
        WriteUnits(html, sections, dataset, text);
        WriteRules(html, report, text);

        if (report.RuleFailures.Count > 0)
        {
            html.Append("<h2>").Append(Escape(text.RuleFailures)).Append("</h2>\n<ul>\n");
            foreach (var failure in report.RuleFailures)
            {
                html.Append("<li>").Append(Escape(failure.ToString())).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<footer>").Append(Escape(text.Generated)).Append("</footer>\n</main>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void WriteCards(StringBuilder html, ComplianceReport report, IReadOnlyList<UnitSection> sections, ReportText text)
    {
        var atRisk = report.CountByRule.GetValueOrDefault(UnitAtRiskRuleId);
        html.Append("<section class=\"cards\">\n");
        Card(html, string.Empty, report.Findings.Count, text.Findings);
        foreach (var severity in ReportNames.SeveritiesDescending)
        {
            Card(html, ReportNames.Of(severity), report.CountBySeverity.GetValueOrDefault(severity), text.Of(severity));
        }

        Card(html, string.Empty, sections.Count, text.UnitsWithFindings);
        Card(html, "high", atRisk, text.UnitsAtRisk);
        html.Append("</section>\n");
    }

    private static void Card(StringBuilder html, string css, int number, string label) =>
        html.Append("<div class=\"card ").Append(css).Append("\"><div class=\"n\">").Append(number.ToString(CultureInfo.InvariantCulture))
            .Append("</div><div class=\"l\">").Append(Escape(label)).Append("</div></div>\n");

    private void WriteCharts(StringBuilder html, ComplianceReport report, ReportText text)
    {
        // Findings per family split by severity, drawn as stacked horizontal bars.
        var counts = new Dictionary<(RuleFamily, FindingSeverity), int>();
        foreach (var finding in report.Findings)
        {
            var key = (finding.Rule.Family, finding.Severity);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var max = 1;
        foreach (var family in ReportNames.Families)
        {
            max = Math.Max(max, report.CountByFamily.GetValueOrDefault(family));
        }

        const int labelWidth = 110, barWidth = 400, rowHeight = 30;
        var height = (ReportNames.Families.Count * rowHeight) + 6;
        html.Append("<h2>").Append(Escape(text.Summary)).Append("</h2>\n<div class=\"two\">\n<div class=\"panel\">\n<div class=\"title\">")
            .Append(Escape(text.ByFamily)).Append("</div>\n<svg role=\"img\" width=\"100%\" viewBox=\"0 0 ")
            .Append(labelWidth + barWidth + 50).Append(' ').Append(height).Append("\">\n");
        var y = 4;
        foreach (var family in ReportNames.Families)
        {
            html.Append("<text x=\"0\" y=\"").Append(y + 17).Append("\" font-size=\"13\" fill=\"#1f2933\">").Append(Escape(text.Of(family))).Append("</text>\n");
            var x = (double)labelWidth;
            foreach (var severity in ReportNames.SeveritiesDescending)
            {
                var n = counts.GetValueOrDefault((family, severity));
                if (n == 0)
                {
                    continue;
                }

                var w = (double)barWidth * n / max;
                html.Append("<rect x=\"").Append(Fmt(x)).Append("\" y=\"").Append(y + 4).Append("\" width=\"").Append(Fmt(w))
                    .Append("\" height=\"18\" rx=\"3\" fill=\"").Append(Colour(severity)).Append("\"><title>")
                    .Append(Escape(text.Of(family) + " · " + text.Of(severity) + ": " + n.ToString(CultureInfo.InvariantCulture)))
                    .Append("</title></rect>\n");
                x += w;
            }

            html.Append("<text x=\"").Append(Fmt(x + 6)).Append("\" y=\"").Append(y + 17).Append("\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2933\">")
                .Append(report.CountByFamily.GetValueOrDefault(family)).Append("</text>\n");
            y += rowHeight;
        }

        html.Append("</svg>\n<div class=\"legend\">");
        foreach (var severity in ReportNames.SeveritiesDescending)
        {
            html.Append("<span><i style=\"background:").Append(Colour(severity)).Append("\"></i>").Append(Escape(text.Of(severity))).Append("</span>");
        }

        html.Append("</div>\n</div>\n<div class=\"panel\">\n<div class=\"title\">").Append(Escape(text.ByRule)).Append("</div>\n<table class=\"bars\">\n");
        foreach (var (ruleId, count) in report.CountByRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(10))
        {
            var rule = report.FindRule(ruleId);
            html.Append("<tr><td class=\"rule\">").Append(Escape(ruleId)).Append("</td><td class=\"t\">")
                .Append(Escape(rule?.Title(Language) ?? string.Empty)).Append("</td><td style=\"text-align:right\"><b>")
                .Append(count).Append("</b></td></tr>\n");
        }

        if (report.CountByRule.Count == 0)
        {
            html.Append("<tr><td class=\"ok\">").Append(Escape(text.NoFindings)).Append("</td></tr>\n");
        }

        html.Append("</table>\n</div>\n</div>\n");
    }

    private void WriteMatrix(StringBuilder html, ComplianceReport report, CampaignDataset? dataset, IReadOnlyList<UnitSection> sections, ReportText text)
    {
        // Every unit of the dataset (clean ones show as zeros) in hierarchy order, else the units that have findings.
        var order = UnitOrder.Of(dataset, Language);
        var rows = new List<(string Id, string? Name, int Depth)>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in order.UnitIds)
        {
            rows.Add((id, dataset?.FindUnit(id)?.Name, order.Depth(id)));
            listed.Add(id);
        }

        foreach (var section in sections)
        {
            if (listed.Add(section.UnitId))
            {
                rows.Add((section.UnitId, section.UnitName, 0));
            }
        }

        var cells = new Dictionary<(string, RuleFamily), int>();
        var max = 1;
        foreach (var finding in report.Findings)
        {
            var key = (finding.UnitId, finding.Rule.Family);
            var n = cells.GetValueOrDefault(key) + 1;
            cells[key] = n;
            max = Math.Max(max, n);
        }

        html.Append("<h2>").Append(Escape(text.Matrix)).Append("</h2>\n<div class=\"panel scroll\">\n<table class=\"matrix\">\n<tr><th class=\"u\">")
            .Append(Escape(text.Unit)).Append("</th>");
        foreach (var family in ReportNames.Families)
        {
            html.Append("<th>").Append(Escape(text.Of(family))).Append("</th>");
        }

        html.Append("<th>").Append(Escape(text.Total)).Append("</th></tr>\n");
        foreach (var (id, name, depth) in rows)
        {
            var total = report.CountByUnit.GetValueOrDefault(id);
            html.Append("<tr><td class=\"u\"");
            if (depth > 0)
            {
                html.Append(" style=\"padding-left:").Append(10 + (Math.Min(depth, 6) * 16)).Append("px\"");
            }

            html.Append('>');
            if (total > 0)
            {
                html.Append("<a href=\"#").Append(Anchor(id)).Append("\">");
            }

            html.Append(Escape(name ?? id)).Append(" <span class=\"title\">").Append(Escape(id)).Append("</span>");
            if (total > 0)
            {
                html.Append("</a>");
            }

            html.Append("</td>");
            foreach (var family in ReportNames.Families)
            {
                var n = cells.GetValueOrDefault((id, family));
                html.Append("<td class=\"c\" style=\"").Append(Heat(n, max)).Append("\">").Append(n == 0 ? "·" : n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            html.Append("<td><b>").Append(total).Append("</b></td></tr>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    private void WriteUnits(StringBuilder html, IReadOnlyList<UnitSection> sections, CampaignDataset? dataset, ReportText text)
    {
        html.Append("<h2>").Append(Escape(text.FindingsByUnit)).Append("</h2>\n");
        if (sections.Count == 0)
        {
            html.Append("<p class=\"ok\">").Append(Escape(text.NoFindings)).Append("</p>\n");
        }

        foreach (var section in sections)
        {
            html.Append("<section class=\"unit\" id=\"").Append(Anchor(section.UnitId)).Append("\">\n<h3><span>")
                .Append(Escape(section.UnitName ?? section.UnitId)).Append(" <span class=\"id\">").Append(Escape(section.UnitId))
                .Append("</span></span><span class=\"counts\">");
            Pill(html, FindingSeverity.High, section.High, text);
            Pill(html, FindingSeverity.Medium, section.Medium, text);
            Pill(html, FindingSeverity.Low, section.Low, text);
            html.Append("</span></h3>\n<table class=\"findings\">\n<colgroup><col style=\"width:88px\"><col style=\"width:17%\"><col style=\"width:24%\"><col><col style=\"width:20%\"></colgroup>\n<tr class=\"head\"><th>")
                .Append(Escape(text.Severity)).Append("</th><th>").Append(Escape(text.Rule))
                .Append("</th><th>").Append(Escape(text.Subject)).Append("</th><th>").Append(Escape(text.Message)).Append("</th><th>")
                .Append(Escape(text.Why)).Append("</th></tr>\n");
            foreach (var finding in section.Findings)
            {
                var context = FindingContext.Of(finding, dataset, Language);
                html.Append("<tr><td data-label=\"").Append(Escape(text.Severity)).Append("\"><span class=\"pill ").Append(ReportNames.Of(finding.Severity)).Append("\">")
                    .Append(Escape(text.Of(finding.Severity))).Append("</span></td><td class=\"r\" data-label=\"").Append(Escape(text.Rule)).Append("\"><div class=\"rule\">")
                    .Append(Escape(finding.RuleId)).Append("</div><div class=\"title\">").Append(Escape(finding.Rule.Title(Language)))
                    .Append("</div></td><td class=\"subject\" data-label=\"").Append(Escape(text.Subject)).Append("\">")
                    .Append(Escape(text.Of(finding.SubjectType))).Append(" <b>").Append(Escape(finding.SubjectId)).Append("</b>");
                if (context.SubjectText is not null && finding.SubjectType != SubjectType.Unit)
                {
                    html.Append("<span class=\"t\">").Append(Escape(context.SubjectText)).Append("</span>");
                }

                if (context.Deadline is { } deadline)
                {
                    html.Append("<span class=\"m\">").Append(Escape(text.Deadline)).Append(Escape(text.Colon)).Append("<b>").Append(ReportNames.Date(deadline)).Append("</b></span>");
                }

                if (context.ResponsiblePerson is { } person && finding.SubjectType != SubjectType.Person)
                {
                    html.Append("<span class=\"m\">").Append(Escape(text.Responsible)).Append(Escape(text.Colon)).Append(Escape(person)).Append("</span>");
                }

                if (context.ResponsibleUnit is { } unit && context.ResponsiblePerson is null && finding.SubjectType is not SubjectType.Unit and not SubjectType.Person)
                {
                    html.Append("<span class=\"m\">").Append(Escape(text.ResponsibleUnit)).Append(Escape(text.Colon)).Append(Escape(unit)).Append("</span>");
                }

                html.Append("</td><td data-label=\"").Append(Escape(text.Message)).Append("\">").Append(Escape(finding.Message(Language, dataset)))
                    .Append("</td><td class=\"why\" data-label=\"").Append(Escape(text.Why)).Append("\">");
                WriteWhy(html, finding, text, dataset);
                html.Append("</td></tr>\n");
            }

            html.Append("</table>\n</section>\n");
        }
    }

    /// <summary>The rules the findings come from, with their family and title: the report explains itself without other files.</summary>
    private void WriteRules(StringBuilder html, ComplianceReport report, ReportText text)
    {
        if (report.CountByRule.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Escape(text.RulesUsed)).Append("</h2>\n<div class=\"panel scroll\">\n<table class=\"rules\">\n<tr><th>")
            .Append(Escape(text.RuleId)).Append("</th><th>").Append(Escape(text.RuleTitle)).Append("</th><th>").Append(Escape(text.Family))
            .Append("</th><th>").Append(Escape(text.Severity)).Append("</th><th>").Append(Escape(text.Count)).Append("</th></tr>\n");
        foreach (var (ruleId, count) in report.CountByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var rule = report.FindRule(ruleId);
            html.Append("<tr><td class=\"rule\">").Append(Escape(ruleId)).Append("</td><td>").Append(Escape(rule?.Title(Language) ?? string.Empty))
                .Append("</td><td>").Append(Escape(rule is null ? string.Empty : text.Of(rule.Family)))
                .Append("</td><td>").Append(Escape(rule is null ? string.Empty : text.Of(rule.DefaultSeverity)))
                .Append("</td><td>").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    private static void WriteWhy(StringBuilder html, Finding finding, ReportText text, CampaignDataset? dataset)
    {
        var first = true;
        foreach (var (key, value) in finding.Details)
        {
            html.Append(first ? string.Empty : "<br>").Append(Escape(text.Detail(key))).Append(" = <b>").Append(ReportNames.Number(value)).Append("</b>");
            first = false;
        }

        if (finding.Related.Count > 0)
        {
            html.Append(first ? string.Empty : "<br>").Append(Escape(text.Related)).Append(Escape(text.Colon))
                .Append(Escape(string.Join(text.ListSeparator, finding.Related.Select(id => FindingContext.Name(id, dataset, text.Language)))));
            first = false;
        }

        // The facts the finding rests on, unless that is only its own subject.
        if (finding.Provenance.Count > 0 && !(finding.Provenance.Count == 1 && finding.Provenance[0] == finding.SubjectId))
        {
            html.Append(first ? string.Empty : "<br>").Append(Escape(text.Evidence)).Append(Escape(text.Colon)).Append(Escape(string.Join(text.ListSeparator, finding.Provenance)));
        }
    }

    private static void Pill(StringBuilder html, FindingSeverity severity, int count, ReportText text)
    {
        if (count > 0)
        {
            html.Append("<span class=\"pill ").Append(ReportNames.Of(severity)).Append("\">").Append(Escape(text.Of(severity))).Append(' ')
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</span>");
        }
    }

    private static string Colour(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => HighColour,
        FindingSeverity.Medium => MediumColour,
        _ => LowColour,
    };

    /// <summary>The cell style of a matrix count: pale for none, deepening red with the count.</summary>
    private static string Heat(int count, int max)
    {
        if (count == 0)
        {
            return "background:#f1f5f2;color:#9aa5b1";
        }

        // From a light amber (1 finding) to a deep red (the largest cell), linear in the count.
        var t = max <= 1 ? 1.0 : (count - 1) / (double)(max - 1);
        var r = (int)Math.Round(253 + ((183 - 253) * t));
        var g = (int)Math.Round(224 + ((28 - 224) * t));
        var b = (int)Math.Round(178 + ((28 - 178) * t));
        var ink = t > 0.45 ? "#fff" : "#5f370e";
        return string.Create(CultureInfo.InvariantCulture, $"background:#{r:x2}{g:x2}{b:x2};color:{ink}");
    }

    private static string Anchor(string unitId) => "unit-" + Escape(unitId);

    private static string Fmt(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
