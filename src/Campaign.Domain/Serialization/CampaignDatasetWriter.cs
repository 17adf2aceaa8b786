using System.Text.Encodings.Web;
using System.Text.Json;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Serialization;

/// <summary>
/// Writes a campaign dataset as <c>campaign-dataset/1</c> JSON: UTF-8 without a byte order mark, indented by two spaces,
/// <c>\n</c> line ends, properties in the order of the format's tables, records in dataset order, dates
/// <c>yyyy-MM-dd</c>, non-ASCII text unescaped. Null optional values are left out, and so are defaults: empty
/// collections and lists, <c>severity</c> <c>normal</c>, <c>hasPlan</c> false, <c>focusLists</c> <c>["C"]</c>.
/// </summary>
/// <remarks>The output is deterministic: the same dataset always gives the same bytes, and reading it back with
/// <see cref="CampaignDatasetReader"/> gives an equal dataset.</remarks>
public static class CampaignDatasetWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Writes the dataset to a stream.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">The stream to write to; flushed, not disposed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CampaignDataset dataset, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, Options);
        WriteDataset(writer, dataset);
        writer.Flush();
    }

    /// <summary>Writes the dataset to a file, replacing it if it exists.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(CampaignDataset dataset, string path)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        Write(dataset, stream);
    }

    private static void WriteDataset(Utf8JsonWriter w, CampaignDataset dataset)
    {
        w.WriteStartObject();
        w.WriteString("format", DatasetParser.FormatName);
        WriteCampaign(w, dataset.Campaign);

        WriteArray(w, "units", dataset.Units, WriteUnit, writeWhenEmpty: true);
        WriteArray(w, "people", dataset.People, WritePerson, writeWhenEmpty: false);
        WriteArray(w, "opinions", dataset.Opinions, WriteOpinion, writeWhenEmpty: false);
        WriteArray(w, "problems", dataset.Problems, WriteProblem, writeWhenEmpty: false);
        WriteArray(w, "rectifications", dataset.Rectifications, WriteRectification, writeWhenEmpty: false);
        w.WriteEndObject();
    }

    // `units` is required by the format; the other collections are optional and left out when empty.
    private static void WriteArray<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem, bool writeWhenEmpty)
    {
        if (items.Count == 0 && !writeWhenEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writeItem(w, items[i]);
            FlushWhenFull(w);
        }

        w.WriteEndArray();
    }

    /// <summary>Bytes the writer may hold before it hands them to the stream.</summary>
    private const int FlushThreshold = 64 * 1024;

    // Utf8JsonWriter keeps everything in memory until flushed: hand it on per record so a
    // province-sized dataset streams instead of being held whole.
    private static void FlushWhenFull(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushThreshold)
        {
            w.Flush();
        }
    }

    private static void WriteCampaign(Utf8JsonWriter w, CampaignRun campaign)
    {
        w.WriteStartObject("campaign");
        w.WriteString("name", campaign.Name);
        w.WriteString("batch", DatasetEnums.Batch.NameOf(campaign.Batch));
        WriteDate(w, "start", campaign.Start);
        WriteDate(w, "end", campaign.End);
        WriteDate(w, "asOf", campaign.AsOf);
        if (!IsDefaultFocusLists(campaign.FocusLists))
        {
            WriteStrings(w, "focusLists", campaign.FocusLists);
        }

        w.WriteEndObject();
    }

    private static bool IsDefaultFocusLists(IReadOnlyList<string> lists) =>
        lists.Count == 1 && string.Equals(lists[0], CampaignRun.DefaultFocusLists[0], StringComparison.Ordinal);

    private static void WriteUnit(Utf8JsonWriter w, Unit unit)
    {
        w.WriteStartObject();
        w.WriteString("id", unit.Id);
        w.WriteString("name", unit.Name);
        w.WriteString("kind", DatasetEnums.UnitKind.NameOf(unit.Kind));
        w.WriteString("level", DatasetEnums.UnitLevel.NameOf(unit.Level));
        WriteOptional(w, "parentId", unit.ParentId);
        if (unit.Education is { } education)
        {
            w.WriteStartObject("education");
            WriteDate(w, "start", education.Start);
            WriteDate(w, "end", education.End);
            w.WriteEndObject();
        }

        if (unit.WeakLax is { } weakLax)
        {
            w.WriteStartObject("weakLax");
            WriteDate(w, "designatedOn", weakLax.DesignatedOn);
            WriteDate(w, "teamStaffedOn", weakLax.TeamStaffedOn);
            WriteDate(w, "consolidatedOn", weakLax.ConsolidatedOn);
            WriteOptional(w, "firstSecretaryId", weakLax.FirstSecretaryId);
            if (weakLax.HasPlan)
            {
                w.WriteBoolean("hasPlan", true);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter w, Person person)
    {
        w.WriteStartObject();
        w.WriteString("id", person.Id);
        w.WriteString("name", person.Name);
        w.WriteString("unitId", person.UnitId);
        w.WriteString("role", DatasetEnums.Role.NameOf(person.Role));
        w.WriteEndObject();
    }

    private static void WriteOpinion(Utf8JsonWriter w, Opinion opinion)
    {
        w.WriteStartObject();
        w.WriteString("id", opinion.Id);
        w.WriteString("unitId", opinion.UnitId);
        WriteOptional(w, "targetPersonId", opinion.TargetPersonId);
        WriteOptional(w, "channel", opinion.Channel);
        w.WriteString("text", opinion.Text);
        WriteDate(w, "receivedOn", opinion.ReceivedOn);
        WriteDate(w, "claimedOn", opinion.ClaimedOn);
        WriteOptional(w, "claimedById", opinion.ClaimedById);
        WriteDate(w, "reportedBackOn", opinion.ReportedBackOn);
        w.WriteEndObject();
    }

    private static void WriteProblem(Utf8JsonWriter w, Problem problem)
    {
        w.WriteStartObject();
        w.WriteString("id", problem.Id);
        w.WriteString("unitId", problem.UnitId);
        w.WriteStartObject("owner");
        w.WriteString("level", DatasetEnums.OwnerLevel.NameOf(problem.Owner.Level));
        WriteOptional(w, "personId", problem.Owner.PersonId);
        w.WriteEndObject();
        w.WriteString("category", DatasetEnums.Category.NameOf(problem.Category));
        if (problem.FourWinds.Count > 0)
        {
            w.WriteStartArray("fourWinds");
            foreach (var wind in problem.FourWinds)
            {
                w.WriteStringValue(DatasetEnums.FourWind.NameOf(wind));
            }

            w.WriteEndArray();
        }

        WriteOptional(w, "focusId", problem.FocusId);
        w.WriteString("text", problem.Text);
        w.WriteString("source", DatasetEnums.Source.NameOf(problem.Source));
        if (problem.OpinionIds.Count > 0)
        {
            WriteStrings(w, "opinionIds", problem.OpinionIds);
        }

        WriteDate(w, "identifiedOn", problem.IdentifiedOn);
        if (problem.Severity != ProblemSeverity.Normal)
        {
            w.WriteString("severity", DatasetEnums.Severity.NameOf(problem.Severity));
        }

        w.WriteEndObject();
    }

    private static void WriteRectification(Utf8JsonWriter w, Rectification rectification)
    {
        w.WriteStartObject();
        w.WriteString("id", rectification.Id);
        WriteStrings(w, "problemIds", rectification.ProblemIds);
        w.WriteString("measure", rectification.Measure);
        w.WriteString("mode", DatasetEnums.Mode.NameOf(rectification.Mode));
        WriteOptional(w, "responsiblePersonId", rectification.ResponsiblePersonId);
        WriteOptional(w, "responsibleUnitId", rectification.ResponsibleUnitId);
        WriteDate(w, "deadline", rectification.Deadline);
        w.WriteString("status", DatasetEnums.Status.NameOf(rectification.Status));
        WriteDate(w, "completedOn", rectification.CompletedOn);
        if (rectification.Evidence.Count > 0)
        {
            w.WriteStartArray("evidence");
            foreach (var evidence in rectification.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("kind", DatasetEnums.EvidenceKind.NameOf(evidence.Kind));
                w.WriteString("reference", evidence.Reference);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (rectification.Evaluation is { } evaluation)
        {
            w.WriteStartObject("evaluation");
            w.WriteString("by", DatasetEnums.Evaluator.NameOf(evaluation.By));
            WriteDate(w, "on", evaluation.On);
            if (evaluation.SatisfiedRate is { } rate)
            {
                w.WriteNumber("satisfiedRate", rate);
            }

            w.WriteNumber("respondents", evaluation.Respondents);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is not { } day)
        {
            return;
        }

        // yyyy-MM-dd by hand: no culture, no allocation.
        Span<byte> text = stackalloc byte[10];
        Four(text, day.Year);
        text[4] = (byte)'-';
        Two(text[5..], day.Month);
        text[7] = (byte)'-';
        Two(text[8..], day.Day);
        w.WriteString(name, text);
    }

    private static void Four(Span<byte> text, int value)
    {
        text[0] = (byte)('0' + (value / 1000));
        text[1] = (byte)('0' + (value / 100 % 10));
        text[2] = (byte)('0' + (value / 10 % 10));
        text[3] = (byte)('0' + (value % 10));
    }

    private static void Two(Span<byte> text, int value)
    {
        text[0] = (byte)('0' + (value / 10));
        text[1] = (byte)('0' + (value % 10));
    }
}
