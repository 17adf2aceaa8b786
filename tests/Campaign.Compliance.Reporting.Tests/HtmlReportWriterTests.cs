using Campaign.Compliance.Reporting.Tests.Builders;
using Campaign.Compliance;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Domain.Serialization;

namespace Campaign.Compliance.Reporting.Tests;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public void Write_IsOneSelfContainedDocumentWithoutExternalResources()
    {
        var html = new HtmlReportWriter().WriteToString(Builders.Reports.Sample(), TestFiles.Dataset);

        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
        html.Should().Contain("<style>").And.Contain("<svg");
        html.Should().NotContain("http").And.NotContain("<script").And.NotContain("<link").And.NotContain("url(").And.NotContain("<img");
    }

    [Fact]
    public void Write_ShowsSummaryMatrixAndFindingsPerUnitWithTheReason()
    {
        var html = new HtmlReportWriter().WriteToString(Builders.Reports.Sample(), TestFiles.Dataset);

        html.Should().Contain("Units × rule families");
        html.Should().Contain("id=\"unit-U-WD\"").And.Contain("id=\"unit-U-ZWFW\"");
        html.Should().Contain("中共魏都区委");
        html.Should().Contain("days overdue = <b>15</b>");
        html.Should().Contain("建立班子成员每月下基层不少于4天的调研制度", "the subject's text (R-03's measure) is shown");
    }

    [Fact]
    public void Write_InChinese_DeclaresTheLanguageAndUsesChineseLabels()
    {
        var html = new HtmlReportWriter(ReportLanguage.Zh).WriteToString(Builders.Reports.Sample());

        html.Should().Contain("<html lang=\"zh-CN\">").And.Contain("单位 × 规则类别").And.Contain("触发依据");
    }

    [Fact]
    public void Write_EscapesTextFromTheData()
    {
        var report = new ComplianceReport(
            new DateOnly(2014, 7, 15), new DatasetSummary("<script>alert(1)</script>", 0, 0, 0, 0, 0),
            [Builders.Reports.Finding("INC-002", "R-<b>", "U-&")]);

        var html = new HtmlReportWriter().WriteToString(report);

        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("R-&lt;b&gt;").And.Contain("U-&amp;");
    }

    [Fact]
    public void Escape_ReplacesTheFiveSpecialCharactersOnly()
    {
        HtmlReportWriter.Escape("a<b>&\"'整改").Should().Be("a&lt;b&gt;&amp;&quot;&#39;整改");
    }
}
