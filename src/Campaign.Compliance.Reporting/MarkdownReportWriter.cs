using System.Text;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reporting;

/// <summary>
/// Writes the report as Markdown: a title with the dataset and date, summary tables (by severity, by rule
/// family, by rule), then one section per unit in hierarchy order (<see cref="UnitOrder"/>: the unit's name and
/// id, counts per severity) with a table of its findings: severity, rule id and title, subject (kind, id and
/// text), deadline, responsible person or unit, the message with names and the reason it fired.
/// </summary>
public sealed class MarkdownReportWriter : ReportWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="language">The language of labels, titles and messages.</param>
    public MarkdownReportWriter(ReportLanguage language = ReportLanguage.En)
        : base(language)
    {
    }

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Markdown;

    /// <inheritdoc/>
    protected override void WriteCore(ComplianceReport report, CampaignDataset? dataset, TextWriter output)
    {
        var text = ReportText.For(Language);
        var md = new StringBuilder();
        var d = report.Dataset;
        md.Append("# ").Append(text.Title).Append(text.Colon).Append(Cell(d.Name)).Append('\n').Append('\n');
        md.Append(text.AsOf).Append(text.Colon).Append("**").Append(ReportNames.Date(report.AsOf)).Append("** · ")
            .Append(text.Units).Append(' ').Append(d.Units).Append(" · ")
            .Append(text.People).Append(' ').Append(d.People).Append(" · ")
            .Append(text.Opinions).Append(' ').Append(d.Opinions).Append(" · ")
            .Append(text.Problems).Append(' ').Append(d.Problems).Append(" · ")
            .Append(text.Rectifications).Append(' ').Append(d.Rectifications).Append('\n').Append('\n');
        if (text.NarrowingLine(report, dataset) is { } narrowing)
        {
            md.Append("**").Append(Cell(narrowing)).Append("**\n\n");
        }

        md.Append("## ").Append(text.Summary).Append('\n').Append('\n');
        md.Append("**").Append(text.Findings).Append(text.Colon).Append(report.Findings.Count).Append(Language == ReportLanguage.Zh ? "**（" : "** (")
            .Append(text.SeverityCounts(
                report.CountBySeverity.GetValueOrDefault(FindingSeverity.High),
                report.CountBySeverity.GetValueOrDefault(FindingSeverity.Medium),
                report.CountBySeverity.GetValueOrDefault(FindingSeverity.Low)))
            .Append(Language == ReportLanguage.Zh ? "）\n\n" : ")\n\n");

        md.Append("| ").Append(text.ByFamily).Append(" | ").Append(text.Count).Append(" |\n|---|---:|\n");
        foreach (var family in ReportNames.Families)
        {
            md.Append("| ").Append(text.Of(family)).Append(" | ").Append(report.CountByFamily.GetValueOrDefault(family)).Append(" |\n");
        }

        md.Append('\n');
        if (report.CountByRule.Count > 0)
        {
            md.Append("| ").Append(text.ByRule).Append(" | ").Append(text.Count).Append(" |\n|---|---:|\n");
            foreach (var (ruleId, count) in report.CountByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var rule = report.FindRule(ruleId);
                md.Append("| ").Append(ruleId);
                if (rule is not null)
                {
                    md.Append(' ').Append(Cell(rule.Title(Language)));
                }

                md.Append(" | ").Append(count).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## ").Append(text.FindingsByUnit).Append('\n').Append('\n');
        var sections = UnitSection.Of(report, dataset, Language);
        if (sections.Count == 0)
        {
            md.Append(text.NoFindings).Append('\n');
        }

        foreach (var section in sections)
        {
            md.Append("### ").Append(Cell(section.Label)).Append('\n').Append('\n');
            md.Append(text.SeverityCounts(section.High, section.Medium, section.Low)).Append('\n').Append('\n');
            md.Append("| ").Append(text.Severity).Append(" | ").Append(text.Rule).Append(" | ").Append(text.Subject)
                .Append(" | ").Append(text.Deadline).Append(" | ").Append(text.Responsible)
                .Append(" | ").Append(text.Message).Append(" | ").Append(text.Why).Append(" |\n|---|---|---|---|---|---|---|\n");
            foreach (var finding in section.Findings)
            {
                var context = FindingContext.Of(finding, dataset, Language);
                md.Append("| ").Append(text.Of(finding.Severity)).Append(" | ").Append(finding.RuleId).Append(' ')
                    .Append(Cell(finding.Rule.Title(Language))).Append(" | ")
                    .Append(text.Of(finding.SubjectType)).Append(' ').Append(Cell(finding.SubjectId));
                if (context.SubjectText is not null && finding.SubjectType != SubjectType.Unit)
                {
                    md.Append(text.Colon).Append(Cell(context.SubjectText));
                }

                md.Append(" | ").Append(context.Deadline is { } deadline ? ReportNames.Date(deadline) : string.Empty)
                    .Append(" | ").Append(Cell(text.ResponsibleOf(finding, context)))
                    .Append(" | ").Append(Cell(finding.Message(Language, dataset))).Append(" | ").Append(Cell(Why(finding, text, dataset))).Append(" |\n");
            }

            md.Append('\n');
        }

        WriteRules(md, report, text);

        if (report.RuleFailures.Count > 0)
        {
            md.Append("## ").Append(text.RuleFailures).Append('\n').Append('\n');
            foreach (var failure in report.RuleFailures)
            {
                md.Append("- ").Append(Cell(failure.ToString())).Append('\n');
            }

            md.Append('\n');
        }

        output.Write(md.ToString());
    }

    /// <summary>The reason a finding fired: its details, related records (by name where they have one) and the facts it rests on.</summary>
    internal static string Why(Finding finding, ReportText text, CampaignDataset? dataset)
    {
        var parts = new List<string>(3);
        if (finding.Details.Count > 0)
        {
            parts.Add(string.Join(text.ListSeparator, finding.Details.Select(p => text.Detail(p.Key) + " = " + ReportNames.Number(p.Value))));
        }

        if (finding.Related.Count > 0)
        {
            parts.Add(text.Related + text.Colon + string.Join(text.ListSeparator, finding.Related.Select(id => FindingContext.Name(id, dataset, text.Language))));
        }

        if (finding.Provenance.Count > 0 && !(finding.Provenance.Count == 1 && finding.Provenance[0] == finding.SubjectId))
        {
            parts.Add(text.Evidence + text.Colon + string.Join(text.ListSeparator, finding.Provenance));
        }

        return string.Join(text.Language == ReportLanguage.Zh ? "；" : "; ", parts);
    }

    /// <summary>The rules the findings come from, each with its family and title, so the report explains itself.</summary>
    private void WriteRules(StringBuilder md, ComplianceReport report, ReportText text)
    {
        if (report.CountByRule.Count == 0)
        {
            return;
        }

        md.Append("## ").Append(text.RulesUsed).Append('\n').Append('\n');
        md.Append("| ").Append(text.RuleId).Append(" | ").Append(text.RuleTitle).Append(" | ").Append(text.Family).Append(" | ").Append(text.Severity)
            .Append(" |\n|---|---|---|---|\n");
        foreach (var ruleId in report.CountByRule.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var rule = report.FindRule(ruleId);
            if (rule is not null)
            {
                md.Append("| ").Append(ruleId).Append(" | ").Append(Cell(rule.Title(Language))).Append(" | ").Append(text.Of(rule.Family))
                    .Append(" | ").Append(text.Of(rule.DefaultSeverity)).Append(" |\n");
            }
        }

        md.Append('\n');
    }

    /// <summary>Text that is safe inside a Markdown table cell: pipes escaped, line breaks flattened.</summary>
    private static string Cell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\r', ' ');
}
