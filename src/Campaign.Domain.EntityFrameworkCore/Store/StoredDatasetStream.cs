using System.Data.Common;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;
using N = Campaign.Domain.EntityFrameworkCore.StoreNames;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// Loads the stored dataset in one pass: one task reads the tables in dataset order and writes them as a
/// <c>campaign-dataset/1</c> document into a pipe, while the caller's thread parses the pipe with
/// <see cref="CampaignDatasetReader"/>. The dataset is therefore built, and validated, by the JSON reader itself, and
/// the document never exists whole in memory.
/// </summary>
internal static class StoredDatasetStream
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static async Task<CampaignDataset> LoadAsync(
        DbConnection connection, DbTransaction transaction, DatasetReadOptions options, CancellationToken cancellation)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19, useSynchronizationContext: false));
        var writing = Task.Run(() => WriteAsync(connection, transaction, pipe.Writer, cancellation), cancellation);
        CampaignDataset dataset;
        try
        {
            // Sequential read: the pipe is not seekable, so the reader does not try its parallel path.
            var stream = pipe.Reader.AsStream();
            await using (stream.ConfigureAwait(false))
            {
                dataset = await Task.Run(() => CampaignDatasetReader.Read(stream, options), cancellation).ConfigureAwait(false);
            }
        }
        catch
        {
            // A failure of the writer (no dataset, a database error) reaches the reader as a broken document: report the
            // writer's own exception then. A writer stopped because the read stopped has nothing to add.
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            try
            {
                await writing.ConfigureAwait(false);
            }
            catch (Exception e) when (e is not ReadStoppedException)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
            }
            catch (ReadStoppedException)
            {
                // The read's exception follows.
            }

            throw;
        }

        await pipe.Reader.CompleteAsync().ConfigureAwait(false);
        await writing.ConfigureAwait(false);
        return dataset;
    }

    private static async Task WriteAsync(DbConnection connection, DbTransaction transaction, PipeWriter output, CancellationToken cancellation)
    {
        try
        {
            var names = new StoreEnumNameCache();
            using var w = new Utf8JsonWriter(output, WriterOptions);
            w.WriteStartObject();
            w.WriteString("format"u8, "campaign-dataset/1"u8);
            if (!await WriteCampaignAsync(w, connection, transaction, names, cancellation).ConfigureAwait(false))
            {
                throw new CampaignStoreStateException(holdsDataset: false);
            }

            await WriteTableAsync(w, output, connection, transaction, names, "units", N.Units.Table,
                [N.Units.Id, N.Units.Name, N.Units.Kind, N.Units.Level, N.Units.ParentId, N.Units.EducationStart, N.Units.EducationEnd,
                 N.Units.DesignatedOn, N.Units.TeamStaffedOn, N.Units.ConsolidatedOn, N.Units.FirstSecretaryId, N.Units.HasPlan],
                static (w, r) =>
                {
                    r.String(w, "id"u8, 0);
                    r.String(w, "name"u8, 1);
                    r.EnumName(w, "kind"u8, 2);
                    r.EnumName(w, "level"u8, 3);
                    r.OptionalString(w, "parentId"u8, 4);
                    if (!r.IsNull(5))
                    {
                        w.WriteStartObject("education"u8);
                        r.Date(w, "start"u8, 5);
                        r.Date(w, "end"u8, 6);
                        w.WriteEndObject();
                    }

                    if (!r.IsNull(7))
                    {
                        w.WriteStartObject("weakLax"u8);
                        r.Date(w, "designatedOn"u8, 7);
                        r.OptionalDate(w, "teamStaffedOn"u8, 8);
                        r.OptionalDate(w, "consolidatedOn"u8, 9);
                        r.OptionalString(w, "firstSecretaryId"u8, 10);
                        w.WriteBoolean("hasPlan"u8, !r.IsNull(11) && r.Boolean(11));
                        w.WriteEndObject();
                    }
                },
                writeWhenEmpty: true, cancellation).ConfigureAwait(false);

            await WriteTableAsync(w, output, connection, transaction, names, "people", N.People.Table,
                [N.People.Id, N.People.Name, N.People.UnitId, N.People.Role],
                static (w, r) =>
                {
                    r.String(w, "id"u8, 0);
                    r.String(w, "name"u8, 1);
                    r.String(w, "unitId"u8, 2);
                    r.EnumName(w, "role"u8, 3);
                },
                writeWhenEmpty: false, cancellation).ConfigureAwait(false);

            await WriteTableAsync(w, output, connection, transaction, names, "opinions", N.Opinions.Table,
                [N.Opinions.Id, N.Opinions.UnitId, N.Opinions.TargetPersonId, N.Opinions.Channel, N.Opinions.Text, N.Opinions.ReceivedOn,
                 N.Opinions.ClaimedOn, N.Opinions.ClaimedById, N.Opinions.ReportedBackOn],
                static (w, r) =>
                {
                    r.String(w, "id"u8, 0);
                    r.String(w, "unitId"u8, 1);
                    r.OptionalString(w, "targetPersonId"u8, 2);
                    r.OptionalString(w, "channel"u8, 3);
                    r.String(w, "text"u8, 4);
                    r.Date(w, "receivedOn"u8, 5);
                    r.OptionalDate(w, "claimedOn"u8, 6);
                    r.OptionalString(w, "claimedById"u8, 7);
                    r.OptionalDate(w, "reportedBackOn"u8, 8);
                },
                writeWhenEmpty: false, cancellation).ConfigureAwait(false);

            await WriteTableAsync(w, output, connection, transaction, names, "problems", N.Problems.Table,
                [N.Problems.Id, N.Problems.UnitId, N.Problems.OwnerLevel, N.Problems.OwnerPersonId, N.Problems.Category, N.Problems.FourWinds,
                 N.Problems.FocusId, N.Problems.Text, N.Problems.Source, N.Problems.OpinionIds, N.Problems.IdentifiedOn, N.Problems.Severity],
                static (w, r) =>
                {
                    r.String(w, "id"u8, 0);
                    r.String(w, "unitId"u8, 1);
                    w.WriteStartObject("owner"u8);
                    r.EnumName(w, "level"u8, 2);
                    r.OptionalString(w, "personId"u8, 3);
                    w.WriteEndObject();
                    r.EnumName(w, "category"u8, 4);
                    r.Array(w, "fourWinds"u8, 5, enumNames: true, optional: true);
                    r.OptionalString(w, "focusId"u8, 6);
                    r.String(w, "text"u8, 7);
                    r.EnumName(w, "source"u8, 8);
                    r.Array(w, "opinionIds"u8, 9, enumNames: false, optional: true);
                    r.Date(w, "identifiedOn"u8, 10);
                    r.EnumName(w, "severity"u8, 11);
                },
                writeWhenEmpty: false, cancellation).ConfigureAwait(false);

            await WriteTableAsync(w, output, connection, transaction, names, "rectifications", N.Rectifications.Table,
                [N.Rectifications.Id, N.Rectifications.ProblemIds, N.Rectifications.Measure, N.Rectifications.Mode, N.Rectifications.ResponsiblePersonId,
                 N.Rectifications.ResponsibleUnitId, N.Rectifications.Deadline, N.Rectifications.Status, N.Rectifications.CompletedOn, N.Rectifications.Evidence,
                 N.Rectifications.EvaluationBy, N.Rectifications.EvaluationOn, N.Rectifications.EvaluationSatisfiedRate, N.Rectifications.EvaluationRespondents],
                static (w, r) =>
                {
                    r.String(w, "id"u8, 0);
                    r.Array(w, "problemIds"u8, 1, enumNames: false, optional: false);
                    r.String(w, "measure"u8, 2);
                    r.EnumName(w, "mode"u8, 3);
                    r.OptionalString(w, "responsiblePersonId"u8, 4);
                    r.OptionalString(w, "responsibleUnitId"u8, 5);
                    r.OptionalDate(w, "deadline"u8, 6);
                    r.EnumName(w, "status"u8, 7);
                    r.OptionalDate(w, "completedOn"u8, 8);
                    r.Json(w, "evidence"u8, 9);
                    if (!r.IsNull(10))
                    {
                        w.WriteStartObject("evaluation"u8);
                        r.EnumName(w, "by"u8, 10);
                        r.Date(w, "on"u8, 11);
                        if (!r.IsNull(12))
                        {
                            w.WriteNumber("satisfiedRate"u8, r.Double(12));
                        }

                        w.WriteNumber("respondents"u8, r.IsNull(13) ? 0 : r.Int32(13));
                        w.WriteEndObject();
                    }
                },
                writeWhenEmpty: false, cancellation).ConfigureAwait(false);

            w.WriteEndObject();
            w.Flush();
            await output.FlushAsync(cancellation).ConfigureAwait(false);
            await output.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await output.CompleteAsync(e).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<bool> WriteCampaignAsync(Utf8JsonWriter w, DbConnection connection, DbTransaction transaction, StoreEnumNameCache names, CancellationToken cancellation)
    {
        var r = await StoredRows.OpenAsync(connection, transaction,
            $"SELECT {N.Campaigns.Name}, {N.Campaigns.Batch}, {N.Campaigns.StartsOn}, {N.Campaigns.EndsOn}, {N.Campaigns.AsOf}, {N.Campaigns.FocusLists} FROM {N.Campaigns.Table}",
            names, cancellation).ConfigureAwait(false);
        await using (r.ConfigureAwait(false))
        {
            if (!await r.ReadAsync(cancellation).ConfigureAwait(false))
            {
                return false;
            }

            w.WriteStartObject("campaign"u8);
            r.String(w, "name"u8, 0);
            r.EnumName(w, "batch"u8, 1);
            r.Date(w, "start"u8, 2);
            r.Date(w, "end"u8, 3);
            r.OptionalDate(w, "asOf"u8, 4);
            r.Array(w, "focusLists"u8, 5, enumNames: false, optional: false);
            w.WriteEndObject();
            return true;
        }
    }

    private static async Task WriteTableAsync(
        Utf8JsonWriter w, PipeWriter output, DbConnection connection, DbTransaction transaction, StoreEnumNameCache names, string property, string table,
        string[] columns, Action<Utf8JsonWriter, StoredRows> writeItem, bool writeWhenEmpty, CancellationToken cancellation)
    {
        var r = await StoredRows.OpenAsync(connection, transaction, $"SELECT {string.Join(", ", columns)} FROM {table} ORDER BY {N.Position}, {columns[0]}", names, cancellation)
            .ConfigureAwait(false);
        await using (r.ConfigureAwait(false))
        {
            var started = false;
            while (await r.ReadAsync(cancellation).ConfigureAwait(false))
            {
                if (!started)
                {
                    w.WriteStartArray(property);
                    started = true;
                }

                w.WriteStartObject();
                writeItem(w, r);
                w.WriteEndObject();
                if (w.BytesPending > 32 * 1024)
                {
                    w.Flush();
                    var flushed = await output.FlushAsync(cancellation).ConfigureAwait(false);
                    if (flushed.IsCompleted)
                    {
                        throw new ReadStoppedException();
                    }
                }
            }

            if (started)
            {
                w.WriteEndArray();
            }
            else if (writeWhenEmpty)
            {
                w.WriteStartArray(property);
                w.WriteEndArray();
            }
        }
    }

    /// <summary>The writer stops because the reader stopped (it failed, or was cancelled).</summary>
    private sealed class ReadStoppedException : Exception
    {
        public ReadStoppedException()
            : base("The dataset reader stopped reading.")
        {
        }
    }
}
