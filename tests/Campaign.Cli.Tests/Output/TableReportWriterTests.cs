using Campaign.Cli.Output;
using Campaign.Cli.Tests.Builders;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting.Tests.Builders;
using Campaign.Domain.Serialization;

namespace Campaign.Cli.Tests.Output;

public sealed class TableReportWriterTests
{
    [Fact]
    public void Write_GroupsByUnitWithNamesAndCountsPerSeverity()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestFiles.DistrictSmall);
        using var text = new StringWriter();

        new TableReportWriter(ReportLanguage.En, ansi: false, width: 140).Write(Reports.Sample(), dataset, text);

        var table = text.ToString();
        table.Should().Contain("中共魏都区委 (U-WD)  high 2 · medium 0 · low 0");
        table.Should().Contain("魏都区政务服务中心 (U-ZWFW)  high 0 · medium 1 · low 0");
        table.Should().Contain("OVD-001").And.Contain("R-03");
    }

    [Fact]
    public void Write_WithAndWithoutAnsi_ColoursSeveritiesOnlyWithAnsi()
    {
        using var plain = new StringWriter();
        using var coloured = new StringWriter();

        new TableReportWriter(ReportLanguage.En, ansi: false, width: 120).Write(Reports.Sample(), null, plain);
        new TableReportWriter(ReportLanguage.En, ansi: true, width: 120).Write(Reports.Sample(), null, coloured);

        plain.ToString().Should().NotContain("\u001b[");
        coloured.ToString().Should().Contain("\u001b[");
    }

    [Fact]
    public void Write_InChinese_ShowsChineseSeveritiesAndTotals()
    {
        using var text = new StringWriter();

        new TableReportWriter(ReportLanguage.Zh, ansi: false, width: 120).Write(Reports.Sample(), null, text);

        text.ToString().Should().Contain("高 2").And.Contain("合计").And.Contain("逾期");
    }

    [Theory]
    [InlineData(ReportLanguage.En)]
    [InlineData(ReportLanguage.Zh)]
    public void Write_ListsUnitsInTheReportsHierarchyOrder(ReportLanguage language)
    {
        var dataset = CampaignDatasetReader.ReadFile(TestFiles.DistrictSmall);
        var report = new Campaign.Compliance.ComplianceChecker(new Campaign.Compliance.ComplianceOptions()).Check(dataset, new DateOnly(2014, 7, 15));
        using var text = new StringWriter();

        new TableReportWriter(language, ansi: false, width: 120).Write(report, dataset, text);

        var withFindings = report.Findings.Select(f => f.UnitId).ToHashSet();
        var expected = Campaign.Compliance.Reporting.UnitOrder.Of(dataset, language).UnitIds.Where(withFindings.Contains).ToList();
        var headings = text.ToString().Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^[^\s│╭╰├─].*?[（(]([A-Z0-9-]+)[）)]  "))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        headings.Should().Equal(expected);
        expected.Should().NotEqual(expected.Order(StringComparer.Ordinal), "the hierarchy order differs from the id order here");
    }
}
