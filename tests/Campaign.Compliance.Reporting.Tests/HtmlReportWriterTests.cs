using Campaign.Compliance;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Compliance.Reporting.Tests.Builders;
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

    [Fact]
    public void Write_HasTheNarrowWidthAndPrintHooks()
    {
        var html = new HtmlReportWriter(ReportLanguage.Zh).WriteToString(TestFiles.Report, TestFiles.Dataset);

        html.Should().Contain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Should().Contain(".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(", "the summary cards wrap");
        html.Should().Contain(".scroll{overflow-x:auto").And.Contain("<div class=\"panel scroll\">\n<table class=\"matrix\">", "the matrix scrolls inside its box");
        html.Should().Contain("@media (max-width:720px){").And.Contain("td[data-label]::before{content:attr(data-label)", "below 720 px the findings turn into labelled cards");
        html.Should().Contain("<table class=\"findings\">").And.Contain("<td data-label=\"说明\">");
        html.Should().Contain("@media print{").And.Contain("@page{size:A4", "it prints on A4");
        html.Should().Contain(".bars td.t{min-width:8em}").And.Contain(".unit td.r{min-width:7em", "rule titles keep a width and never wrap one character per line");
        html.Should().Contain("<td class=\"r\" data-label=\"规则\">").And.Contain("<td class=\"t\">");
    }

    [Fact]
    public void Write_PointsToNoFileTheReaderDoesNotHave_AndExplainsItsRules()
    {
        var report = TestFiles.Report;
        var html = new HtmlReportWriter(ReportLanguage.Zh).WriteToString(report, TestFiles.Dataset);

        html.Should().NotContain("rules.md").And.NotContain(".md");
        html.Should().Contain("<h2>本报告涉及的规则</h2>");
        foreach (var ruleId in report.CountByRule.Keys)
        {
            html.Should().Contain("<tr><td class=\"rule\">" + ruleId + "</td><td>" + HtmlReportWriter.Escape(report.FindRule(ruleId)!.Title(ReportLanguage.Zh)) + "</td>");
        }
    }

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Write_ToAStream_IsTheTextAsUtf8WithoutAByteOrderMark(ReportFormat format)
    {
        var writer = ReportWriter.Create(format, ReportLanguage.Zh);
        using var stream = new MemoryStream();

        writer.Write(TestFiles.Report, TestFiles.Dataset, stream);

        stream.ToArray().Should().Equal(System.Text.Encoding.UTF8.GetBytes(writer.WriteToString(TestFiles.Report, TestFiles.Dataset)));
    }
}
