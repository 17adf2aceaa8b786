using System.Text;
using System.Text.RegularExpressions;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting.Tests.Builders;

namespace Campaign.Compliance.Reporting.Tests;

/// <summary>A Chinese report holds no English word outside ids, rule ids and numbers.</summary>
public sealed partial class ChineseReportTests
{
    /// <summary>The only Latin words a Chinese report may show: the tool's name.</summary>
    private static readonly HashSet<string> AllowedWords = new(StringComparer.Ordinal) { "campaign" };

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Xlsx)]
    public void ZhReport_HasNoUntranslatedEnglishWord(ReportFormat format)
    {
        var text = VisibleText(format, ReportLanguage.Zh);

        EnglishWords(text).Should().BeEmpty($"the zh {format} report is Chinese apart from ids and numbers");
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Xlsx)]
    public void EnReport_IsSeenByTheChecker(ReportFormat format)
    {
        // The checker must be able to fail: the English report of the same data is full of English words.
        EnglishWords(VisibleText(format, ReportLanguage.En)).Should().Contain(["Rectification", "overdue"]);
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Xlsx)]
    public void ZhReport_CallsAFinding核查发现_NotA问题线索(ReportFormat format)
    {
        var text = VisibleText(format, ReportLanguage.Zh);

        text.Should().NotContain("问题线索");
        if (format != ReportFormat.Csv)
        {
            text.Should().Contain(ComplianceTerms.Finding(ReportLanguage.Zh));
        }
    }

    [Fact]
    public void EnglishWords_AllowsIdsRuleIdsNumbersAndDates_Only()
    {
        EnglishWords("整改事项R-03（U-WD）OVD-001 2014-06-30 15天 campaign").Should().BeEmpty();
        EnglishWords("整改事项 overdue high R-03").Should().Equal("overdue", "high");
    }

    /// <summary>Latin words that are not an id (upper-case letters and digits joined by hyphens) or an allowed word.</summary>
    internal static List<string> EnglishWords(string text) =>
        Word().Matches(text).Select(m => m.Value).Where(w => !Id().IsMatch(w) && !AllowedWords.Contains(w)).Distinct().ToList();

    /// <summary>What a reader sees: HTML without its style sheet, tags and entities; a workbook's cell texts and sheet names.</summary>
    internal static string VisibleText(ReportFormat format, ReportLanguage language)
    {
        var bytes = ReportFiles.Bytes(format, language, TestFiles.Report, TestFiles.Dataset);
        switch (format)
        {
            case ReportFormat.Xlsx:
                var sheets = ReportFiles.ReadXlsx(bytes);
                return string.Join('\n', sheets.Keys.Concat(sheets.Values.SelectMany(rows => rows.SelectMany(r => r))));
            case ReportFormat.Html:
                var html = Encoding.UTF8.GetString(bytes);
                html = Regex.Replace(html, "<style>.*?</style>", " ", RegexOptions.Singleline);
                html = Regex.Replace(html, "<[^>]*>", " ");
                return Regex.Replace(html, "&[a-z]+;|&#[0-9]+;", " ");
            default:
                return Encoding.UTF8.GetString(bytes);
        }
    }

    [GeneratedRegex("[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")]
    private static partial Regex Word();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$")]
    private static partial Regex Id();
}
