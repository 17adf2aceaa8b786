using System.Data.Common;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Units;
using N = Campaign.Domain.EntityFrameworkCore.StoreNames;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// The bulk path of an import, inside the caller's transaction: clear the tables, then insert every record with its
/// dataset position. Units go parents first, without their first secretary (people need their units first), and
/// the first secretaries are set once the people are in, so every foreign key holds at every statement.
/// </summary>
internal static class BulkImport
{
    public static async Task RunAsync(CampaignStoreProvider provider, DbConnection connection, DbTransaction transaction, CampaignDataset dataset, CancellationToken cancellation)
    {
        // SQLite builds an index from sorted keys far faster than it updates one row by row: the secondary indexes go
        // for the clearing and the inserts and come back before the commit (a duplicate then still fails the whole import).
        var indexes = provider == CampaignStoreProvider.Sqlite
            ? await DropSqliteIndexesAsync(connection, transaction, cancellation).ConfigureAwait(false)
            : [];
        await ClearAsync(connection, transaction, cancellation).ConfigureAwait(false);
        await InsertRowsAsync(provider, connection, transaction, dataset, cancellation).ConfigureAwait(false);
        foreach (var sql in indexes)
        {
            await ExecuteAsync(connection, transaction, sql, cancellation).ConfigureAwait(false);
        }

        if (provider == CampaignStoreProvider.Sqlite)
        {
            await CheckSqliteForeignKeysAsync(connection, transaction, cancellation).ConfigureAwait(false);
        }
    }

    // The import runs with SQLite's foreign keys off (SqliteImportSettings): every reference is checked here, once,
    // before the commit; a dangling one fails the import as the row-by-row check would have.
    private static async Task CheckSqliteForeignKeysAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellation)
    {
        string? table = null;
        long rowId = 0;
        string? parent = null;
        var check = CampaignStore.Command(connection, transaction, "PRAGMA foreign_key_check");
        await using (check.ConfigureAwait(false))
        {
            var reader = await check.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellation).ConfigureAwait(false))
                {
                    (table, rowId, parent) = (reader.GetString(0), reader.GetInt64(1), reader.GetString(2));
                }
            }
        }

        if (table is null)
        {
            return;
        }

        var id = CampaignStore.Command(connection, transaction, $"SELECT id FROM \"{table}\" WHERE rowid = {rowId}");
        await using (id.ConfigureAwait(false))
        {
            var recordId = await id.ExecuteScalarAsync(cancellation).ConfigureAwait(false);
            throw new Microsoft.Data.Sqlite.SqliteException(
                $"FOREIGN KEY constraint failed: the {table} record '{recordId}' refers to a record of {parent} that the dataset does not have; nothing was imported.",
                787);
        }
    }

    private static async Task<List<string>> DropSqliteIndexesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellation)
    {
        var indexes = new List<(string Name, string Sql)>();
        var query = CampaignStore.Command(connection, transaction,
            $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('{N.Units.Table}', '{N.People.Table}', '{N.Opinions.Table}', '{N.Problems.Table}', '{N.Rectifications.Table}')");
        await using (query.ConfigureAwait(false))
        {
            var reader = await query.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, transaction, $"DROP INDEX \"{name}\"", cancellation).ConfigureAwait(false);
        }

        return indexes.Select(i => i.Sql).ToList();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellation)
    {
        var command = CampaignStore.Command(connection, transaction, sql);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }
    }

    private static async Task InsertRowsAsync(CampaignStoreProvider provider, DbConnection connection, DbTransaction transaction, CampaignDataset dataset, CancellationToken cancellation)
    {

        var c = dataset.Campaign;
        await InsertAsync(provider, connection, transaction, N.Campaigns.Table,
            [N.Campaigns.Id, N.Campaigns.Name, N.Campaigns.Batch, N.Campaigns.StartsOn, N.Campaigns.EndsOn, N.Campaigns.AsOf, N.Campaigns.FocusLists],
            [[1, c.Name, c.Batch.ToString(), c.Start, c.End, c.AsOf, c.FocusLists.ToArray()]], cancellation).ConfigureAwait(false);

        await InsertAsync(provider, connection, transaction, N.Units.Table,
            [N.Units.Id, N.Position, N.Version, N.Units.Name, N.Units.Kind, N.Units.Level, N.Units.ParentId, N.Units.EducationStart, N.Units.EducationEnd,
             N.Units.DesignatedOn, N.Units.TeamStaffedOn, N.Units.ConsolidatedOn, N.Units.FirstSecretaryId, N.Units.HasPlan],
            UnitRows(dataset), cancellation).ConfigureAwait(false);

        await InsertAsync(provider, connection, transaction, N.People.Table,
            [N.People.Id, N.Position, N.Version, N.People.Name, N.People.UnitId, N.People.Role],
            dataset.People.Select((p, i) => new object?[] { p.Id, (long)i, 0, p.Name, p.UnitId, p.Role.ToString() }), cancellation).ConfigureAwait(false);

        var update = CampaignStore.Command(connection, transaction, $"UPDATE {N.Units.Table} SET {N.Units.FirstSecretaryId} = @secretary WHERE {N.Units.Id} = @id");
        await using (update.ConfigureAwait(false))
        {
            var secretaryValue = AddParameter(update, "@secretary");
            var idValue = AddParameter(update, "@id");
            foreach (var unit in dataset.Units)
            {
                if (unit.WeakLax?.FirstSecretaryId is { } secretary)
                {
                    (secretaryValue.Value, idValue.Value) = (secretary, unit.Id);
                    await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
                }
            }
        }

        await InsertAsync(provider, connection, transaction, N.Opinions.Table,
            [N.Opinions.Id, N.Position, N.Version, N.Opinions.UnitId, N.Opinions.TargetPersonId, N.Opinions.Channel, N.Opinions.Text, N.Opinions.ReceivedOn,
             N.Opinions.ClaimedOn, N.Opinions.ClaimedById, N.Opinions.ReportedBackOn],
            dataset.Opinions.Select((o, i) => new object?[]
            {
                o.Id, (long)i, 0, o.UnitId, o.TargetPersonId, o.Channel, o.Text, o.ReceivedOn, o.ClaimedOn, o.ClaimedById, o.ReportedBackOn,
            }), cancellation).ConfigureAwait(false);

        await InsertAsync(provider, connection, transaction, N.Problems.Table,
            [N.Problems.Id, N.Position, N.Version, N.Problems.UnitId, N.Problems.OwnerLevel, N.Problems.OwnerPersonId, N.Problems.OwnerKey, N.Problems.Category,
             N.Problems.FourWinds, N.Problems.FocusId, N.Problems.Text, N.Problems.Source, N.Problems.OpinionIds, N.Problems.IdentifiedOn, N.Problems.Severity],
            dataset.Problems.Select((p, i) => new object?[]
            {
                p.Id, (long)i, 0, p.UnitId, p.Owner.Level.ToString(), p.Owner.PersonId, p.OwnerKey, p.Category.ToString(),
                p.FourWinds.Select(w => w.ToString()).ToArray(), p.FocusId, p.Text, p.Source.ToString(), p.OpinionIds.ToArray(), p.IdentifiedOn,
                p.Severity.ToString(),
            }), cancellation).ConfigureAwait(false);

        await InsertAsync(provider, connection, transaction, N.Rectifications.Table,
            [N.Rectifications.Id, N.Position, N.Version, N.Rectifications.ProblemIds, N.Rectifications.Measure, N.Rectifications.Mode,
             N.Rectifications.ResponsiblePersonId, N.Rectifications.ResponsibleUnitId, N.Rectifications.Deadline, N.Rectifications.Status,
             N.Rectifications.CompletedOn, N.Rectifications.Evidence, N.Rectifications.EvaluationBy, N.Rectifications.EvaluationOn,
             N.Rectifications.EvaluationSatisfiedRate, N.Rectifications.EvaluationRespondents],
            dataset.Rectifications.Select((r, i) => new object?[]
            {
                r.Id, (long)i, 0, r.ProblemIds.ToArray(), r.Measure, r.Mode.ToString(), r.ResponsiblePersonId, r.ResponsibleUnitId, r.Deadline,
                r.Status.ToString(), r.CompletedOn, EvidenceJson.Write([.. r.Evidence]), r.Evaluation?.By.ToString(), r.Evaluation?.On,
                r.Evaluation?.SatisfiedRate, r.Evaluation?.Respondents,
            }), cancellation).ConfigureAwait(false);
    }

    private static async Task ClearAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellation)
    {
        string[] statements =
        [
            $"DELETE FROM {N.Rectifications.Table}",
            $"DELETE FROM {N.Problems.Table}",
            $"DELETE FROM {N.Opinions.Table}",
            $"UPDATE {N.Units.Table} SET {N.Units.FirstSecretaryId} = NULL",
            $"DELETE FROM {N.People.Table}",
            $"UPDATE {N.Units.Table} SET {N.Units.ParentId} = NULL",
            $"DELETE FROM {N.Units.Table}",
            $"DELETE FROM {N.Campaigns.Table}",
        ];
        foreach (var sql in statements)
        {
            var command = CampaignStore.Command(connection, transaction, sql);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
            }
        }
    }

    // Parents before children (the dataset's own order otherwise); the position column keeps the dataset order.
    private static IEnumerable<object?[]> UnitRows(CampaignDataset dataset)
    {
        var units = dataset.Units;
        var position = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            position.TryAdd(units[i].Id, i);
        }

        var done = new bool[units.Count];
        var chain = new Stack<int>();
        for (var i = 0; i < units.Count; i++)
        {
            var at = i;
            while (!done[at] && !chain.Contains(at))
            {
                chain.Push(at);
                if (units[at].ParentId is { } parentId && position.TryGetValue(parentId, out var parent) && !done[parent])
                {
                    at = parent;
                }
                else
                {
                    break;
                }
            }

            while (chain.Count > 0)
            {
                var next = chain.Pop();
                if (!done[next])
                {
                    done[next] = true;
                    yield return UnitRow(units[next], next);
                }
            }
        }
    }

    private static object?[] UnitRow(Unit u, int position) =>
    [
        u.Id, (long)position, 0, u.Name, u.Kind.ToString(), u.Level.ToString(), u.ParentId, u.Education?.Start, u.Education?.End,
        u.WeakLax?.DesignatedOn, u.WeakLax?.TeamStaffedOn, u.WeakLax?.ConsolidatedOn, null, u.WeakLax?.HasPlan,
    ];

    private static async Task InsertAsync(
        CampaignStoreProvider provider, DbConnection connection, DbTransaction transaction, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellation)
    {
        var sink = await RowSink.OpenAsync(provider, connection, transaction, table, columns, cancellation).ConfigureAwait(false);
        await using (sink.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                cancellation.ThrowIfCancellationRequested();
                await sink.WriteAsync(row, cancellation).ConfigureAwait(false);
            }

            await sink.CompleteAsync(cancellation).ConfigureAwait(false);
        }
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = System.Data.DbType.String;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
