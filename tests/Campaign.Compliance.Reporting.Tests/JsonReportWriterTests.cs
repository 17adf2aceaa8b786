using System.Text;
using System.Text.Json;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Compliance.Reporting.Tests.Builders;

namespace Campaign.Compliance.Reporting.Tests;

public sealed class JsonReportWriterTests
{
    [Fact]
    public void Write_FollowsTheCampaignReportShapeAndPropertyOrder()
    {
        var json = new JsonReportWriter().WriteToString(Builders.Reports.Sample());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("format", "asOf", "dataset", "summary", "findings");
        root.GetProperty("format").GetString().Should().Be("campaign-report/1");
        root.GetProperty("asOf").GetString().Should().Be("2014-07-15");
        root.GetProperty("dataset").EnumerateObject().Select(p => p.Name)
            .Should().Equal("name", "units", "people", "opinions", "problems", "rectifications");
        root.GetProperty("summary").GetProperty("bySeverity").EnumerateObject().Select(p => p.Name).Should().Equal("high", "medium", "low");
        root.GetProperty("summary").GetProperty("byRule").EnumerateObject().Select(p => p.Name).Should().Equal("MIS-002", "OVD-001", "SUP-003");
        var first = root.GetProperty("findings")[0];
        first.EnumerateObject().Select(p => p.Name)
            .Should().Equal("ruleId", "severity", "subjectType", "subjectId", "unitId", "message", "related", "details");
    }

    [Fact]
    public void Write_FindingsInTheReportOrderWithDetailsAsNumbers()
    {
        var json = new JsonReportWriter().WriteToString(Builders.Reports.Sample());

        using var document = JsonDocument.Parse(json);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        findings.Select(f => f.GetProperty("ruleId").GetString()).Should().Equal("MIS-002", "OVD-001", "SUP-003");
        findings[1].GetProperty("severity").GetString().Should().Be("high");
        findings[1].GetProperty("subjectType").GetString().Should().Be("rectification");
        findings[1].GetProperty("related")[0].GetString().Should().Be("PR-03");
        json.Should().Contain("\"daysOverdue\": 15\n").And.Contain("\"satisfiedRate\": 0.86\n");
    }

    [Fact]
    public void Write_KeepsChineseUnescapedAndUsesLineFeeds()
    {
        var json = new JsonReportWriter(ReportLanguage.Zh).WriteToString(Builders.Reports.Sample());

        json.Should().Contain("魏都区(示例)").And.NotContain("\\u");
        json.Should().NotContain("\r");
        json.Should().EndWith("}\n");
    }

    [Fact]
    public void Write_ToAStream_GivesTheSameBytesAsTheTextWriterWithoutBom()
    {
        var report = Builders.Reports.Sample();
        var writer = new JsonReportWriter(ReportLanguage.Zh);
        using var stream = new MemoryStream();

        writer.Write(report, stream);

        stream.ToArray().Should().Equal(new UTF8Encoding(false).GetBytes(writer.WriteToString(report)));
        stream.ToArray()[0].Should().Be((byte)'{');
    }

    [Fact]
    public void Write_AReportOfManyChunks_GivesTheStreamsBytesThroughBoundedTextWrites()
    {
        var findings = Enumerable.Range(0, 4_000)
            .Select(i => Builders.Reports.Finding("OVD-001", $"R-{i:D5}", $"U-单位{i % 37}", related: [$"PR-{i}", "问题"], details: [("daysOverdue", i)]))
            .ToArray();
        var report = Builders.Reports.Of(findings);
        var writer = new JsonReportWriter(ReportLanguage.Zh);
        using var stream = new MemoryStream();
        writer.Write(report, stream);
        var text = new LargestWriteWriter();

        writer.Write(report, null, text);

        stream.Length.Should().BeGreaterThan(1_000_000);
        new UTF8Encoding(false).GetBytes(text.ToString()).Should().Equal(stream.ToArray());
        text.LargestWrite.Should().BeLessThan(100_000, "the text path decodes the JSON in chunks, not as one string");
    }

    [Fact]
    public void Write_AReportOfManyChunksToAStream_HandsTheBytesOnAsTheJsonGrows()
    {
        var findings = Enumerable.Range(0, 4_000)
            .Select(i => Builders.Reports.Finding("OVD-001", $"R-{i:D5}", $"U-单位{i % 37}", related: [$"PR-{i}", "问题"], details: [("daysOverdue", i)]))
            .ToArray();
        var report = Builders.Reports.Of(findings);
        var writer = new JsonReportWriter(ReportLanguage.Zh);
        using var stream = new LargestWriteStream();

        writer.Write(report, stream);

        stream.Length.Should().BeGreaterThan(1_000_000);
        stream.ToArray().Should().Equal(new UTF8Encoding(false).GetBytes(writer.WriteToString(report)));
        stream.LargestWrite.Should().BeLessThan(100_000, "the stream path flushes the JSON in chunks, not once at the end");
    }

    /// <summary>A memory stream that records the longest single write it was given.</summary>
    private sealed class LargestWriteStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }
    }

    /// <summary>A string writer that records the longest single write it was given.</summary>
    private sealed class LargestWriteWriter : StringWriter
    {
        public int LargestWrite { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }

        public override void Write(string? value)
        {
            LargestWrite = Math.Max(LargestWrite, value?.Length ?? 0);
            base.Write(value);
        }
    }

    [Fact]
    public void Write_TheSameReportTwice_IsByteIdentical()
    {
        var writer = new JsonReportWriter();

        writer.WriteToString(Builders.Reports.Sample()).Should().Be(writer.WriteToString(Builders.Reports.Sample()));
    }
}
