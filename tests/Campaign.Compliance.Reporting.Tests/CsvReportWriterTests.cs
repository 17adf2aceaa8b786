using System.Text;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Compliance.Reporting.Tests.Builders;

namespace Campaign.Compliance.Reporting.Tests;

public sealed class CsvReportWriterTests
{
    [Fact]
    public void Write_HeaderThenOneRowPerFindingWithCrLf()
    {
        var csv = new CsvReportWriter().WriteToString(Builders.Reports.Sample());

        var rows = csv.TrimStart('\uFEFF').Split("\r\n");
        rows[0].Should().Be("Unit name,Unit id,Rule id,Rule title,Family,Severity,Subject type,Subject id,Subject,Deadline,Responsible person,Responsible unit,Days overdue,Message");
        rows.Should().HaveCount(5, "a header, three findings and the empty remainder after the last CRLF");
        rows[^1].Should().BeEmpty();
        rows[1].Should().StartWith(",U-WD,MIS-002,", "without a dataset the unit name is empty and the units are in id order");
    }

    [Theory]
    [InlineData(ReportLanguage.En, "Unit name", "Deadline", "Responsible person", "Message")]
    [InlineData(ReportLanguage.Zh, "单位名称", "整改时限", "责任人", "说明")]
    public void Write_HeadersInTheReportLanguage_AreTheXlsxFindingsColumns(ReportLanguage language, string first, string deadline, string responsible, string last)
    {
        var bytes = ReportFiles.Bytes(ReportFormat.Csv, language, TestFiles.Report, TestFiles.Dataset);

        var header = ReportFiles.ParseCsv(Encoding.UTF8.GetString(bytes.AsSpan(3)))[0];
        header.Should().Equal(FindingColumn.All.Select(c => c.Header(language)));
        header[0].Should().Be(first);
        header.Should().Contain(deadline).And.Contain(responsible);
        header[^1].Should().Be(last);
    }

    [Fact]
    public void Write_ToAStream_StartsWithExactlyOneUtf8ByteOrderMark()
    {
        var bytes = ReportFiles.Bytes(ReportFormat.Csv, ReportLanguage.Zh, TestFiles.Report, TestFiles.Dataset);

        bytes.AsSpan(0, 3).ToArray().Should().Equal(0xEF, 0xBB, 0xBF);
        bytes.AsSpan(3, 3).ToArray().Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes.AsSpan(3)).Should().StartWith("单位名称,");
    }

    [Theory]
    [InlineData(ReportLanguage.En)]
    [InlineData(ReportLanguage.Zh)]
    public void Write_RowsMatchTheJsonReportFindingByFinding(ReportLanguage language)
    {
        var report = TestFiles.Report;
        var rows = ReportFiles.ParseCsv(Encoding.UTF8.GetString(ReportFiles.Bytes(ReportFormat.Csv, language, report, TestFiles.Dataset).AsSpan(3)));
        var column = FindingColumn.All.Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i);

        var fromCsv = rows.Skip(1)
            .Select(r => (r[column["ruleId"]], ReportFiles.WireSeverity(r[column["severity"]], language), ReportFiles.WireSubjectType(r[column["subjectType"]], language),
                r[column["subjectId"]], r[column["unitId"]]))
            .ToList();

        rows.Skip(1).Should().OnlyContain(r => r.Length == FindingColumn.All.Count);
        fromCsv.Should().BeEquivalentTo(ReportFiles.JsonFindings(report), "every finding of the JSON report is a row, and nothing else");
        var overdue = rows.Single(r => r[column["ruleId"]] == "OVD-001" && r[column["subjectId"]] == "R-03");
        overdue[column["deadline"]].Should().Be("2014-06-30");
        overdue[column["daysOverdue"]].Should().Be("15");
        overdue[column["responsiblePerson"]].Should().Be(language == ReportLanguage.Zh ? "李明（P-02）" : "李明 (P-02)");
        overdue[column["unitName"]].Should().Be("中共魏都区委");
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
