using System.Data.Common;
using System.Globalization;
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
        CampaignStoreProvider provider, DbConnection connection, DbTransaction transaction, DatasetReadOptions options, CancellationToken cancellation)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19, useSynchronizationContext: false));
        var writing = Task.Run(() => WriteAsync(provider, connection, transaction, pipe.Writer, cancellation), cancellation);
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

    private static async Task WriteAsync(CampaignStoreProvider provider, DbConnection connection, DbTransaction transaction, PipeWriter output, CancellationToken cancellation)
    {
        try
        {
            var columns = new ColumnReader(provider);
            using var w = new Utf8JsonWriter(output, WriterOptions);
            w.WriteStartObject();
            w.WriteString("format", "campaign-dataset/1");
            if (!await WriteCampaignAsync(w, connection, transaction, columns, cancellation).ConfigureAwait(false))
            {
                throw new InvalidOperationException("The store holds no dataset: import one first (campaign import FILE --db …).");
            }

            await WriteTableAsync(w, output, connection, transaction, "units", N.Units.Table,
                [N.Units.Id, N.Units.Name, N.Units.Kind, N.Units.Level, N.Units.ParentId, N.Units.EducationStart, N.Units.EducationEnd,
                 N.Units.DesignatedOn, N.Units.TeamStaffedOn, N.Units.ConsolidatedOn, N.Units.FirstSecretaryId, N.Units.HasPlan],
                r =>
                {
                    w.WriteString("id", r.GetString(0));
                    w.WriteString("name", r.GetString(1));
                    w.WriteString("kind", StoreEnumNames.ToDatasetName(r.GetString(2)));
                    w.WriteString("level", StoreEnumNames.ToDatasetName(r.GetString(3)));
                    OptionalString(w, r, 4, "parentId");
                    if (!r.IsDBNull(5))
                    {
                        w.WriteStartObject("education");
                        columns.Date(w, r, 5, "start");
                        columns.Date(w, r, 6, "end");
                        w.WriteEndObject();
                    }

                    if (!r.IsDBNull(7))
                    {
                        w.WriteStartObject("weakLax");
                        columns.Date(w, r, 7, "designatedOn");
                        columns.OptionalDate(w, r, 8, "teamStaffedOn");
                        columns.OptionalDate(w, r, 9, "consolidatedOn");
                        OptionalString(w, r, 10, "firstSecretaryId");
                        w.WriteBoolean("hasPlan", !r.IsDBNull(11) && r.GetBoolean(11));
                        w.WriteEndObject();
                    }
                },
                writeWhenEmpty: true, cancellation).ConfigureAwait(false);

            await WriteTableAsync(w, output, connection, transaction, "people", N.People.Table,
                [N.People.Id, N.People.Name, N.People.UnitId, N.People.Role],
                r =>
                {
                    w.WriteString("id", r.GetString(0));
                    w.WriteString("name", r.GetString(1));
                    w.WriteString("unitId", r.GetString(2));
                    w.WriteString("role", StoreEnumNames.ToDatasetName(r.GetString(3)));
                },
                writeWhenEmpty: false, cancellation).ConfigureAwait(false);

            await WriteTableAsync(w, output, connection, transaction, "opinions", N.Opinions.Table,
                [N.Opinions.Id, N.Opinions.UnitId, N.Opinions.TargetPersonId, N.Opinions.Channel, N.Opinions.Text, N.Opinions.ReceivedOn,
                 N.Opinions.ClaimedOn, N.Opinions.ClaimedById, N.Opinions.ReportedBackOn],
                r =>
                {
                    w.WriteString("id", r.GetString(0));
                    w.WriteString("unitId", r.GetString(1));
                    OptionalString(w, r, 2, "targetPersonId");
                    OptionalString(w, r, 3, "channel");
                    w.WriteString("text", r.GetString(4));
                    columns.Date(w, r, 5, "receivedOn");
                    columns.OptionalDate(w, r, 6, "claimedOn");
                    OptionalString(w, r, 7, "claimedById");
                    columns.OptionalDate(w, r, 8, "reportedBackOn");
                },
                writeWhenEmpty: false, cancellation).ConfigureAwait(false);

            await WriteTableAsync(w, output, connection, transaction, "problems", N.Problems.Table,
                [N.Problems.Id, N.Problems.UnitId, N.Problems.OwnerLevel, N.Problems.OwnerPersonId, N.Problems.Category, N.Problems.FourWinds,
                 N.Problems.FocusId, N.Problems.Text, N.Problems.Source, N.Problems.OpinionIds, N.Problems.IdentifiedOn, N.Problems.Severity],
                r =>
                {
                    w.WriteString("id", r.GetString(0));
                    w.WriteString("unitId", r.GetString(1));
                    w.WriteStartObject("owner");
                    w.WriteString("level", StoreEnumNames.ToDatasetName(r.GetString(2)));
                    OptionalString(w, r, 3, "personId");
                    w.WriteEndObject();
                    w.WriteString("category", StoreEnumNames.ToDatasetName(r.GetString(4)));
                    columns.OptionalArray(w, r, 5, "fourWinds", camelCase: true);
                    OptionalString(w, r, 6, "focusId");
                    w.WriteString("text", r.GetString(7));
                    w.WriteString("source", StoreEnumNames.ToDatasetName(r.GetString(8)));
                    columns.OptionalArray(w, r, 9, "opinionIds", camelCase: false);
                    columns.Date(w, r, 10, "identifiedOn");
                    w.WriteString("severity", StoreEnumNames.ToDatasetName(r.GetString(11)));
                },
                writeWhenEmpty: false, cancellation).ConfigureAwait(false);

            await WriteTableAsync(w, output, connection, transaction, "rectifications", N.Rectifications.Table,
                [N.Rectifications.Id, N.Rectifications.ProblemIds, N.Rectifications.Measure, N.Rectifications.Mode, N.Rectifications.ResponsiblePersonId,
                 N.Rectifications.ResponsibleUnitId, N.Rectifications.Deadline, N.Rectifications.Status, N.Rectifications.CompletedOn, N.Rectifications.Evidence,
                 N.Rectifications.EvaluationBy, N.Rectifications.EvaluationOn, N.Rectifications.EvaluationSatisfiedRate, N.Rectifications.EvaluationRespondents],
                r =>
                {
                    w.WriteString("id", r.GetString(0));
                    columns.Array(w, r, 1, "problemIds", camelCase: false);
                    w.WriteString("measure", r.GetString(2));
                    w.WriteString("mode", StoreEnumNames.ToDatasetName(r.GetString(3)));
                    OptionalString(w, r, 4, "responsiblePersonId");
                    OptionalString(w, r, 5, "responsibleUnitId");
                    columns.OptionalDate(w, r, 6, "deadline");
                    w.WriteString("status", StoreEnumNames.ToDatasetName(r.GetString(7)));
                    columns.OptionalDate(w, r, 8, "completedOn");
                    w.WritePropertyName("evidence");
                    w.WriteRawValue(r.GetString(9), skipInputValidation: true);
                    if (!r.IsDBNull(10))
                    {
                        w.WriteStartObject("evaluation");
                        w.WriteString("by", StoreEnumNames.ToDatasetName(r.GetString(10)));
                        columns.Date(w, r, 11, "on");
                        if (!r.IsDBNull(12))
                        {
                            w.WriteNumber("satisfiedRate", r.GetDouble(12));
                        }

                        w.WriteNumber("respondents", r.IsDBNull(13) ? 0 : r.GetInt32(13));
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

    private static async Task<bool> WriteCampaignAsync(Utf8JsonWriter w, DbConnection connection, DbTransaction transaction, ColumnReader columns, CancellationToken cancellation)
    {
        var command = CampaignStore.Command(connection, transaction,
            $"SELECT {N.Campaigns.Name}, {N.Campaigns.Batch}, {N.Campaigns.StartsOn}, {N.Campaigns.EndsOn}, {N.Campaigns.AsOf}, {N.Campaigns.FocusLists} FROM {N.Campaigns.Table}");
        await using (command.ConfigureAwait(false))
        {
            var r = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
            await using (r.ConfigureAwait(false))
            {
                if (!await r.ReadAsync(cancellation).ConfigureAwait(false))
                {
                    return false;
                }

                w.WriteStartObject("campaign");
                w.WriteString("name", r.GetString(0));
                w.WriteString("batch", StoreEnumNames.ToDatasetName(r.GetString(1)));
                columns.Date(w, r, 2, "start");
                columns.Date(w, r, 3, "end");
                columns.OptionalDate(w, r, 4, "asOf");
                columns.Array(w, r, 5, "focusLists", camelCase: false);
                w.WriteEndObject();
                return true;
            }
        }
    }

    private static async Task WriteTableAsync(
        Utf8JsonWriter w, PipeWriter output, DbConnection connection, DbTransaction transaction, string property, string table, string[] columns,
        Action<DbDataReader> writeItem, bool writeWhenEmpty, CancellationToken cancellation)
    {
        var command = CampaignStore.Command(connection, transaction, $"SELECT {string.Join(", ", columns)} FROM {table} ORDER BY {N.Position}, {columns[0]}");
        await using (command.ConfigureAwait(false))
        {
            var r = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellation).ConfigureAwait(false);
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
                    writeItem(r);
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
    }

    private static void OptionalString(Utf8JsonWriter w, DbDataReader r, int ordinal, string name)
    {
        if (!r.IsDBNull(ordinal))
        {
            w.WriteString(name, r.GetString(ordinal));
        }
    }

    /// <summary>Reads the columns whose representation differs by provider: dates and primitive collections.</summary>
    private sealed class ColumnReader(CampaignStoreProvider provider)
    {
        private readonly bool _sqlite = provider == CampaignStoreProvider.Sqlite;

        public void Date(Utf8JsonWriter w, DbDataReader r, int ordinal, string name)
        {
            if (_sqlite)
            {
                // SQLite keeps a DateOnly as its yyyy-MM-dd text.
                w.WriteString(name, r.GetString(ordinal));
            }
            else
            {
                w.WriteString(name, r.GetFieldValue<DateOnly>(ordinal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        public void OptionalDate(Utf8JsonWriter w, DbDataReader r, int ordinal, string name)
        {
            if (!r.IsDBNull(ordinal))
            {
                Date(w, r, ordinal, name);
            }
        }

        public void Array(Utf8JsonWriter w, DbDataReader r, int ordinal, string name, bool camelCase)
        {
            w.WritePropertyName(name);
            if (_sqlite && !camelCase)
            {
                // SQLite keeps a primitive collection as a JSON array already.
                w.WriteRawValue(r.GetString(ordinal), skipInputValidation: true);
                return;
            }

            var items = _sqlite ? JsonSerializer.Deserialize<string[]>(r.GetString(ordinal))! : r.GetFieldValue<string[]>(ordinal);
            w.WriteStartArray();
            foreach (var item in items)
            {
                w.WriteStringValue(camelCase ? StoreEnumNames.ToDatasetName(item) : item);
            }

            w.WriteEndArray();
        }

        public void OptionalArray(Utf8JsonWriter w, DbDataReader r, int ordinal, string name, bool camelCase)
        {
            if (r.IsDBNull(ordinal))
            {
                return;
            }

            if (_sqlite)
            {
                var text = r.GetString(ordinal);
                if (text == "[]")
                {
                    return;
                }

                w.WritePropertyName(name);
                if (!camelCase)
                {
                    w.WriteRawValue(text, skipInputValidation: true);
                    return;
                }

                w.WriteStartArray();
                foreach (var item in JsonSerializer.Deserialize<string[]>(text)!)
                {
                    w.WriteStringValue(StoreEnumNames.ToDatasetName(item));
                }

                w.WriteEndArray();
                return;
            }

            var items = r.GetFieldValue<string[]>(ordinal);
            if (items.Length == 0)
            {
                return;
            }

            w.WritePropertyName(name);
            w.WriteStartArray();
            foreach (var item in items)
            {
                w.WriteStringValue(camelCase ? StoreEnumNames.ToDatasetName(item) : item);
            }

            w.WriteEndArray();
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
