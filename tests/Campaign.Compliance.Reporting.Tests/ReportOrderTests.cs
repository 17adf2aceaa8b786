using System.Text;
using System.Text.RegularExpressions;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting.Tests.Builders;

namespace Campaign.Compliance.Reporting.Tests;

/// <summary>Every human-readable format lists units in the same order: the hierarchy, then by name.</summary>
public sealed partial class ReportOrderTests
{
    [Theory]
    [InlineData(ReportLanguage.En)]
    [InlineData(ReportLanguage.Zh)]
    public void UnitOrder_ParentBeforeChildren_SiblingsByName(ReportLanguage language)
    {
        var dataset = TestFiles.Dataset;
        var order = UnitOrder.Of(dataset, language).UnitIds.ToList();
        var culture = UnitOrder.Collation(language) switch
        {
            "zh-CN" => System.Globalization.CultureInfo.GetCultureInfo("zh-CN").CompareInfo,
            "invariant" => System.Globalization.CultureInfo.InvariantCulture.CompareInfo,
            _ => null,
        };

        order.Should().BeEquivalentTo(dataset.Units.Select(u => u.Id), "every unit is listed once");
        foreach (var unit in dataset.Units.Where(u => u.ParentId is not null))
        {
            order.IndexOf(unit.ParentId!).Should().BeLessThan(order.IndexOf(unit.Id), $"{unit.ParentId} is the parent of {unit.Id}");
        }

        foreach (var parent in dataset.Units)
        {
            var children = dataset.ChildrenOfUnit(parent.Id).OrderBy(u => order.IndexOf(u.Id)).Select(u => u.Name).ToList();
            for (var i = 1; i < children.Count; i++)
            {
                var c = culture is null ? string.CompareOrdinal(children[i - 1], children[i]) : culture.Compare(children[i - 1], children[i]);
                c.Should().BeLessThanOrEqualTo(0, $"siblings under {parent.Id} are ordered by name ({UnitOrder.Collation(language)})");
            }
        }
    }

    [Fact]
    public void UnitOrder_ChineseNames_ByPinyinWhenIcuIsThere()
    {
        if (UnitOrder.Collation(ReportLanguage.Zh) != "zh-CN")
        {
            return; // No ICU: ordinal, which the test above covers.
        }

        var culture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN").CompareInfo;
        culture.Compare("北京", "上海").Should().BeLessThan(0, "bei before shang in pinyin, although 北 (U+5317) > 上 (U+4E0A)");
    }

    [Theory]
    [InlineData(ReportLanguage.En)]
    [InlineData(ReportLanguage.Zh)]
    public void EveryFormat_ListsUnitsInTheSameOrder(ReportLanguage language)
    {
        var report = TestFiles.Report;
        var dataset = TestFiles.Dataset;
        var withFindings = report.Findings.Select(f => f.UnitId).ToHashSet(StringComparer.Ordinal);
        var expected = UnitOrder.Of(dataset, language).UnitIds.Where(withFindings.Contains).ToList();
        var unitId = FindingColumn.All.ToList().FindIndex(c => c.Key == "unitId");

        var markdown = new MarkdownReportWriter(language).WriteToString(report, dataset);
        var html = new HtmlReportWriter(language).WriteToString(report, dataset);
        var csv = ReportFiles.ParseCsv(new CsvReportWriter(language).WriteToString(report, dataset).TrimStart('\uFEFF')).Skip(1).Select(r => r[unitId]);
        var xlsx = ReportFiles.ReadXlsx(ReportFiles.Bytes(ReportFormat.Xlsx, language, report, dataset))[XlsxReportWriter.SheetNames(language)[1]].Skip(1).Select(r => r[unitId]);

        expected.Should().HaveCountGreaterThan(3);
        MarkdownHeadings().Matches(markdown).Select(m => m.Groups[1].Value).Should().Equal(expected, "markdown");
        HtmlSections().Matches(html).Select(m => m.Groups[1].Value).Should().Equal(expected, "html");
        Runs(csv).Should().Equal(expected, "csv");
        Runs(xlsx).Should().Equal(expected, "xlsx");
        expected.Should().NotEqual(expected.Order(StringComparer.Ordinal), "the hierarchy order differs from the id order here, so the test can tell them apart");
    }

    [Fact]
    public void WithoutADataset_UnitsAreInIdOrder()
    {
        var csv = ReportFiles.ParseCsv(new CsvReportWriter().WriteToString(Builders.Reports.Sample()).TrimStart('\uFEFF')).Skip(1).Select(r => r[1]);

        Runs(csv).Should().Equal("U-WD", "U-ZWFW");
    }

    private static List<string> Runs(IEnumerable<string> ids)
    {
        var runs = new List<string>();
        foreach (var id in ids)
        {
            if (runs.Count == 0 || runs[^1] != id)
            {
                runs.Add(id);
            }
        }

        return runs;
    }

    [GeneratedRegex(@"^### .*?[（(]([^（()）]+)[）)]$", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeadings();

    [GeneratedRegex("<section class=\"unit\" id=\"unit-([^\"]+)\">")]
    private static partial Regex HtmlSections();
}
