using System.Text;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reports;

/// <summary>
/// Writes the report as Markdown: a title with the dataset and date, summary tables (by severity, by rule
/// family, by rule), then one section per unit (the unit's name and id, counts per severity) with a table of
/// its findings: severity, rule id and title, subject (id and text), message and the reason it fired.
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
        md.Append("# ").Append(text.Title).Append(": ").Append(Cell(d.Name)).Append('\n').Append('\n');
        md.Append(text.AsOf).Append(": **").Append(ReportNames.Date(report.AsOf)).Append("** · ")
            .Append(text.Units).Append(' ').Append(d.Units).Append(" · ")
            .Append(text.People).Append(' ').Append(d.People).Append(" · ")
            .Append(text.Opinions).Append(' ').Append(d.Opinions).Append(" · ")
            .Append(text.Problems).Append(' ').Append(d.Problems).Append(" · ")
            .Append(text.Rectifications).Append(' ').Append(d.Rectifications).Append('\n').Append('\n');

        md.Append("## ").Append(text.Summary).Append('\n').Append('\n');
        md.Append("**").Append(text.Findings).Append(": ").Append(report.Findings.Count).Append("** (")
            .Append(text.SeverityCounts(
                report.CountBySeverity.GetValueOrDefault(FindingSeverity.High),
                report.CountBySeverity.GetValueOrDefault(FindingSeverity.Medium),
                report.CountBySeverity.GetValueOrDefault(FindingSeverity.Low)))
            .Append(")\n\n");

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
        var sections = UnitSection.Of(report, dataset);
        if (sections.Count == 0)
        {
            md.Append(text.NoFindings).Append('\n');
        }

        foreach (var section in sections)
        {
            md.Append("### ").Append(Cell(section.Label)).Append('\n').Append('\n');
            md.Append(text.SeverityCounts(section.High, section.Medium, section.Low)).Append('\n').Append('\n');
            md.Append("| ").Append(text.Severity).Append(" | ").Append(text.Rule).Append(" | ").Append(text.Subject)
                .Append(" | ").Append(text.Message).Append(" | ").Append(text.Why).Append(" |\n|---|---|---|---|---|\n");
            foreach (var finding in section.Findings)
            {
                md.Append("| ").Append(text.Of(finding.Severity)).Append(" | ").Append(finding.RuleId).Append(' ')
                    .Append(Cell(finding.Rule.Title(Language))).Append(" | ")
                    .Append(text.Of(finding.SubjectType)).Append(' ').Append(Cell(finding.SubjectId));
                var subject = UnitSection.SubjectText(finding, dataset);
                if (subject is not null && finding.SubjectType != SubjectType.Unit)
                {
                    md.Append(": ").Append(Cell(subject));
                }

                md.Append(" | ").Append(Cell(finding.Message(Language))).Append(" | ").Append(Cell(Why(finding, text))).Append(" |\n");
            }

            md.Append('\n');
        }

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

    /// <summary>The reason a finding fired: its details, related records and the facts it rests on.</summary>
    internal static string Why(Finding finding, ReportText text)
    {
        var parts = new List<string>(3);
        if (finding.Details.Count > 0)
        {
            parts.Add(string.Join(", ", finding.Details.Select(p => text.Detail(p.Key) + " = " + ReportNames.Number(p.Value))));
        }

        if (finding.Related.Count > 0)
        {
            parts.Add(text.Related + ": " + string.Join(", ", finding.Related));
        }

        if (finding.Provenance.Count > 0 && !(finding.Provenance.Count == 1 && finding.Provenance[0] == finding.SubjectId))
        {
            parts.Add(text.Evidence + ": " + string.Join(", ", finding.Provenance));
        }

        return string.Join("; ", parts);
    }

    /// <summary>Text that is safe inside a Markdown table cell: pipes escaped, line breaks flattened.</summary>
    private static string Cell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\r', ' ');
}
