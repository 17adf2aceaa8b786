using System.Data.Common;
using System.Text;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// The <c>change_log</c> table: appended to inside the transaction of the change it records, read by followers in
/// sequence order. It is not part of the EF model (no entity is tracked for it); its migrations create it.
/// </summary>
internal static class ChangeLogTable
{
    private const int RowsPerStatement = 64;

    /// <summary>Appends the rows (their sequences are given by the database) inside <paramref name="transaction"/>.</summary>
    public static async Task AppendAsync(CampaignStoreProvider provider, DbConnection connection, DbTransaction? transaction, IReadOnlyList<StoredChange> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (provider == CampaignStoreProvider.PostgreSql)
        {
            // Identity values are handed out at insert, not at commit: holding the table's write lock until commit
            // makes sequences grow in commit order, so a follower reading "after N" never skips a later-committed row.
            using var lockCommand = CampaignStore.Command(connection, transaction, "LOCK TABLE change_log IN EXCLUSIVE MODE");
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            var sql = new StringBuilder("INSERT INTO change_log (record_type, record_id, change, payload) VALUES ");
            using var command = CampaignStore.Command(connection, transaction, string.Empty);
            for (var i = 0; i < count; i++)
            {
                var row = rows[start + i];
                sql.Append(i == 0 ? string.Empty : ", ").Append("(@t").Append(i).Append(", @i").Append(i).Append(", @c").Append(i).Append(", @p").Append(i).Append(')');
                Add(command, "@t" + i, row.RecordType);
                Add(command, "@i" + i, row.RecordId);
                Add(command, "@c" + i, row.Change);
                Add(command, "@p" + i, row.Payload);
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The rows after <paramref name="afterSequence"/>, in sequence order.</summary>
    public static async Task<List<StoredChange>> ReadAsync(DbConnection connection, DbTransaction? transaction, long afterSequence, CancellationToken cancellationToken)
    {
        using var command = CampaignStore.Command(connection, transaction,
            "SELECT sequence, record_type, record_id, change, payload FROM change_log WHERE sequence > @after ORDER BY sequence");
        Add(command, "@after", afterSequence);
        var rows = new List<StoredChange>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new StoredChange(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
            }
        }

        return rows;
    }

    /// <summary>The last sequence in the log, 0 when it is empty.</summary>
    public static async Task<long> LastSequenceAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = CampaignStore.Command(connection, transaction, "SELECT COALESCE(MAX(sequence), 0) FROM change_log");
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
