using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reports;

/// <summary>
/// Writes the <c>campaign-report/1</c> JSON of cli.md: <c>format</c>, <c>asOf</c>, <c>dataset</c> (name and
/// counts), <c>summary</c> (findings, <c>bySeverity</c> high/medium/low, <c>byRule</c> in ordinal id order) and
/// <c>findings</c> in the report's order, each with ruleId, severity, subjectType, subjectId, unitId, message
/// (in the writer's language), related and details. Indented by two spaces, <c>"\n"</c> newlines, Chinese
/// written as is (not escaped), numbers in the invariant culture: the same report gives the same bytes. A narrowed report
/// (<see cref="ComplianceReport.Narrow"/>) also has <c>narrowing</c> after <c>dataset</c>: the filter that made it.
/// </summary>
public sealed class JsonReportWriter : ReportWriter
{
    /// <summary>The value of the <c>format</c> property.</summary>
    public const string FormatName = "campaign-report/1";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Creates a writer.</summary>
    /// <param name="language">The language of the messages.</param>
    public JsonReportWriter(ReportLanguage language = ReportLanguage.En)
        : base(language)
    {
    }

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Json;

    /// <summary>Writes the report as UTF-8 (no byte order mark) to <paramref name="utf8Output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Output">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Write(ComplianceReport report, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Output);
        // Handed on to the stream in chunks as the JSON grows: Utf8JsonWriter buffers everything until it is flushed, and a
        // large report would otherwise sit whole in a doubling buffer on the large object heap.
        using var json = new Utf8JsonWriter(utf8Output, WriterOptions);
        WriteJson(report, json, () =>
        {
            if (json.BytesPending >= ChunkBytes)
            {
                json.Flush();
            }
        });
        json.Flush();
        utf8Output.WriteByte((byte)'\n');
        utf8Output.Flush();
    }

    /// <inheritdoc/>
    protected override void WriteCore(ComplianceReport report, CampaignDataset? dataset, TextWriter output)
    {
        // Decoded in chunks as the JSON grows: a province report is tens of megabytes, never held whole as bytes or as a string.
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes + (ChunkBytes / 2));
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteJson(report, json, () =>
            {
                if (json.BytesPending + buffer.WrittenCount >= ChunkBytes)
                {
                    json.Flush();
                    Decode(buffer, output);
                }
            });
        }

        Decode(buffer, output);
        output.Write('\n');
    }

    /// <summary>The size at which the JSON is handed on to the stream or the text writer.</summary>
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Writes the buffered UTF-8 (whole tokens, so no character is split) to the text writer and empties the buffer.</summary>
    private static void Decode(ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        if (buffer.WrittenCount == 0)
        {
            return;
        }

        var bytes = buffer.WrittenSpan;
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        var count = Encoding.UTF8.GetChars(bytes, chars);
        output.Write(chars, 0, count);
        ArrayPool<char>.Shared.Return(chars);
        buffer.ResetWrittenCount();
    }

    /// <summary>Writes the report; <paramref name="drain"/>, when given, is called after each finding (to pass the output on in chunks).</summary>
    private void WriteJson(ComplianceReport report, Utf8JsonWriter json, Action? drain)
    {
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteString("asOf", ReportNames.Date(report.AsOf));

        json.WriteStartObject("dataset");
        json.WriteString("name", report.Dataset.Name);
        json.WriteNumber("units", report.Dataset.Units);
        json.WriteNumber("people", report.Dataset.People);
        json.WriteNumber("opinions", report.Dataset.Opinions);
        json.WriteNumber("problems", report.Dataset.Problems);
        json.WriteNumber("rectifications", report.Dataset.Rectifications);
        json.WriteEndObject();
        if (report.Narrowing is { } narrowing)
        {
            WriteNarrowing(json, narrowing, report.NarrowedUnitIds);
        }

        json.WriteStartObject("summary");
        json.WriteNumber("findings", report.Findings.Count);
        json.WriteStartObject("bySeverity");
        foreach (var severity in ReportNames.SeveritiesDescending)
        {
            json.WriteNumber(ReportNames.Of(severity), report.CountBySeverity.GetValueOrDefault(severity));
        }

        json.WriteEndObject();
        json.WriteStartObject("byRule");
        foreach (var (ruleId, count) in report.CountByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(ruleId, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("severity", ReportNames.Of(finding.Severity));
            json.WriteString("subjectType", ReportNames.Of(finding.SubjectType));
            json.WriteString("subjectId", finding.SubjectId);
            json.WriteString("unitId", finding.UnitId);
            json.WriteString("message", finding.Message(Language));
            json.WriteStartArray("related");
            foreach (var id in finding.Related)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteStartObject("details");
            foreach (var (key, value) in finding.Details)
            {
                json.WritePropertyName(key);
                WriteNumber(json, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            drain?.Invoke();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>narrowing</c>, only in a narrowed report (so a full report's bytes do not change): the parts of the filter that
    /// are set, and the unit ids the unit part kept.
    /// </summary>
    private static void WriteNarrowing(Utf8JsonWriter json, FindingFilter narrowing, IReadOnlyList<string>? unitIds)
    {
        json.WriteStartObject("narrowing");
        if (narrowing.UnitId is { } unitId)
        {
            json.WriteString("unit", unitId);
            json.WriteStartArray("units");
            foreach (var id in unitIds ?? [unitId])
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        if (narrowing.MinimumSeverity is { } severity)
        {
            json.WriteString("minimumSeverity", ReportNames.Of(severity));
        }

        if (narrowing.RuleIds.Count > 0)
        {
            json.WriteStartArray("rules");
            foreach (var id in narrowing.RuleIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        if (narrowing.Families.Count > 0)
        {
            json.WriteStartArray("families");
            foreach (var family in narrowing.Families)
            {
                json.WriteStringValue(ReportNames.Of(family));
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            json.WriteNumberValue((long)value);
        }
        else if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            // JSON has no NaN or infinity; a detail that is not a number is written as null.
            json.WriteNullValue();
        }
    }
}
