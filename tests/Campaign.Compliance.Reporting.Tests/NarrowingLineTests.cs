using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting.Tests.Builders;

namespace Campaign.Compliance.Reporting.Tests;

/// <summary>A narrowed report says how it was narrowed in every human-readable format; a full report does not.</summary>
public sealed class NarrowingLineTests
{
    private static readonly Lazy<(ComplianceReport Report, string UnitName, string UnitId, int Below)> Narrowed = new(() =>
    {
        var dataset = TestFiles.Dataset;
        var unit = dataset.Units.First(u => dataset.Units.Any(c => c.ParentId == u.Id));
        var filter = new FindingFilter(unit.Id, FindingSeverity.Medium, ["OVD-001"], [RuleFamily.Overdue]);
        var report = TestFiles.Report.Narrow(filter, dataset);
        return (report, unit.Name, unit.Id, report.NarrowedUnitIds!.Count - 1);
    });

    public static TheoryData<ReportFormat, ReportLanguage> Formats() => new()
    {
        { ReportFormat.Markdown, ReportLanguage.En },
        { ReportFormat.Markdown, ReportLanguage.Zh },
        { ReportFormat.Html, ReportLanguage.En },
        { ReportFormat.Html, ReportLanguage.Zh },
        { ReportFormat.Xlsx, ReportLanguage.En },
        { ReportFormat.Xlsx, ReportLanguage.Zh },
    };

    [Fact]
    public void Narrowing_NamesTheUnitTheSeverityAndTheRules_InEachLanguage()
    {
        var (report, name, id, below) = Narrowed.Value;
        below.Should().BePositive("the test narrows to a unit with units below it");

        ReportText.En.NarrowingLine(report, TestFiles.Dataset).Should()
            .Be($"Narrowed to: unit {name} ({id}) and the {below} units below it; severity medium or above; rules OVD-001, overdue");
        ReportText.Zh.NarrowingLine(report, TestFiles.Dataset).Should()
            .Be($"筛选范围：单位{name}（{id}）及其下属{below}个单位；严重程度“中”及以上；规则OVD-001、逾期");
    }

    [Fact]
    public void Narrowing_WithoutTheDataset_NamesTheUnitByIdAndAPartialFilterOnlyItsParts()
    {
        var bySeverity = TestFiles.Report.Narrow(new FindingFilter(minimumSeverity: FindingSeverity.High), TestFiles.Dataset);

        ReportText.En.Narrowing(Narrowed.Value.Report, null).Should().StartWith($"unit {Narrowed.Value.UnitId} and the");
        ReportText.En.Narrowing(bySeverity, TestFiles.Dataset).Should().Be("severity high or above");
        ReportText.Zh.Narrowing(bySeverity, TestFiles.Dataset).Should().Be("严重程度“高”及以上");
        ReportText.En.Narrowing(TestFiles.Report.Narrow(new FindingFilter(), TestFiles.Dataset), TestFiles.Dataset).Should().BeNull("a filter with no part narrows nothing");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void NarrowedReport_ShowsTheNarrowing(ReportFormat format, ReportLanguage language)
    {
        var text = ReportText.For(language);
        var narrowing = text.Narrowing(Narrowed.Value.Report, TestFiles.Dataset)!;

        var written = Written(format, language, Narrowed.Value.Report);

        written.Should().Contain(text.NarrowedTo).And.Contain(format == ReportFormat.Html ? HtmlReportWriter.Escape(narrowing) : narrowing);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void FullReport_ShowsNoNarrowing(ReportFormat format, ReportLanguage language)
    {
        var written = Written(format, language, TestFiles.Report);

        written.Should().NotContain(ReportText.For(language).NarrowedTo);
    }

    [Fact]
    public void Csv_StaysOneHeaderRowAndTheFindings()
    {
        var csv = ReportFiles.ParseCsv(new CsvReportWriter(ReportLanguage.Zh).WriteToString(Narrowed.Value.Report, TestFiles.Dataset).TrimStart('\uFEFF'));

        csv.Should().HaveCount(Narrowed.Value.Report.Findings.Count + 1);
        string.Concat(csv.SelectMany(r => r)).Should().NotContain(ReportText.Zh.NarrowedTo);
    }

    /// <summary>The report as text; the xlsx summary sheet's cells joined by a tab (label, then value).</summary>
    private static string Written(ReportFormat format, ReportLanguage language, ComplianceReport report)
    {
        var bytes = ReportFiles.Bytes(format, language, report, TestFiles.Dataset);
        if (format != ReportFormat.Xlsx)
        {
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        var summary = ReportFiles.ReadXlsx(bytes)[XlsxReportWriter.SheetNames(language)[0]];
        return string.Join('\n', summary.Select(row => string.Join('\t', row)));
    }
}
