using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Compliance.Reporting.Tests.Builders;
using Campaign.Domain.Serialization;

namespace Campaign.Compliance.Reporting.Tests;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Write_GroupsFindingsByUnitWithNamesAndSeverityCounts()
    {
        var dataset = TestFiles.Dataset;

        var markdown = new MarkdownReportWriter().WriteToString(Builders.Reports.Sample(), dataset);

        markdown.Should().Contain("### 中共魏都区委 (U-WD)");
        markdown.Should().Contain("### 魏都区政务服务中心 (U-ZWFW)");
        markdown.IndexOf("(U-WD)", StringComparison.Ordinal).Should().BeLessThan(markdown.IndexOf("(U-ZWFW)", StringComparison.Ordinal));
        markdown.Should().Contain("2 high · 0 medium · 0 low").And.Contain("0 high · 1 medium · 0 low");
        markdown.Should().Contain("days overdue = 15");
    }

    [Fact]
    public void Write_InChinese_UsesChineseLabels()
    {
        var markdown = new MarkdownReportWriter(ReportLanguage.Zh).WriteToString(Builders.Reports.Sample());

        markdown.Should().Contain("合规检查报告").And.Contain("高 2 · 中 0 · 低 0");
    }

    [Fact]
    public void Write_EscapesPipesInsideCells()
    {
        var report = new Campaign.Compliance.ComplianceReport(
            new DateOnly(2014, 7, 15), new Campaign.Compliance.DatasetSummary("a|b", 0, 0, 0, 0, 0), [Builders.Reports.Finding("INC-002", "R|1", "U-1")]);

        var markdown = new MarkdownReportWriter().WriteToString(report);

        markdown.Should().Contain("R\\|1").And.Contain("a\\|b");
    }
}
