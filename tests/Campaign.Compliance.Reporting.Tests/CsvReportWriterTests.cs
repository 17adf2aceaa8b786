using Campaign.Cli.Tests.Builders;
using Campaign.Compliance.Reporting;

namespace Campaign.Cli.Tests.Reports;

public sealed class CsvReportWriterTests
{
    [Fact]
    public void Write_HeaderThenOneRowPerFindingWithCrLf()
    {
        var csv = new CsvReportWriter().WriteToString(Builders.Reports.Sample());

        var rows = csv.Split("\r\n");
        rows[0].Should().Be("ruleId,severity,subjectType,subjectId,unitId,message");
        rows.Should().HaveCount(5, "a header, three findings and the empty remainder after the last CRLF");
        rows[^1].Should().BeEmpty();
        rows[2].Should().StartWith("OVD-001,high,rectification,R-03,U-WD,");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("整改,落实", "\"整改,落实\"")]
    public void Field_QuotesOnlyWhenRfc4180RequiresIt(string value, string expected)
    {
        CsvReportWriter.Field(value).Should().Be(expected);
    }
}
