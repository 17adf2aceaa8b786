using Campaign.Cli.Output;
using Campaign.Cli.Tests.Builders;
using Campaign.Compliance.Findings;
using Campaign.Domain.Serialization;

namespace Campaign.Cli.Tests.Output;

public sealed class TerminalTextTests
{
    private const string ClosingMarks = "。，、：；！？）”";

    [Fact]
    public void Wrap_NeverStartsALineWithAClosingMark_TheMarkStaysOnTheLineBefore()
    {
        // Ten wide characters make 20 cells: at width 20 the full stop would start the second line.
        var lines = TerminalText.Wrap("一二三四五六七八九十。十一", 20).Split('\n');

        lines.Should().Equal("一二三四五六七八九十。", "十一");
    }

    [Fact]
    public void Wrap_BreaksLatinTextAtSpaces_AndCountsWideCharactersAsTwoCells()
    {
        TerminalText.Wrap("Rectification R-03 is still open", 14).Split('\n').Should().Equal("Rectification", "R-03 is still", "open");
        TerminalText.CellWidth("张三（P-1）").Should().Be(11, "张, 三 and the full-width brackets take two cells each");
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(140)]
    public void Table_InChinese_NoCellLineStartsWithAClosingMark(int width)
    {
        var dataset = CampaignDatasetReader.ReadFile(TestFiles.DistrictSmall);
        var report = new Campaign.Compliance.ComplianceChecker(new Campaign.Compliance.ComplianceOptions()).Check(dataset, new DateOnly(2014, 7, 15));
        using var text = new StringWriter();

        new TableReportWriter(ReportLanguage.Zh, ansi: false, width).Write(report, dataset, text);

        var cells = text.ToString().Split('\n')
            .Where(l => l.StartsWith('│'))
            .SelectMany(l => l.Split('│').Skip(1).SkipLast(1))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0)
            .ToList();
        cells.Should().Contain(c => c.Contains('，'), "the messages use full-width punctuation");
        cells.Should().NotContain(c => ClosingMarks.Contains(c[0]), $"no line of a cell starts with a closing mark at width {width}");
        text.ToString().Split('\n').Should().OnlyContain(l => TerminalText.CellWidth(l) <= width, "the table fits the terminal");
    }
}
