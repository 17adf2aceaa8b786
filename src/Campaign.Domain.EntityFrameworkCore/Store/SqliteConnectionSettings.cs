using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// Sets <c>synchronous=NORMAL</c> on every SQLite connection the store opens. With the store's WAL journal, a commit
/// then waits for no fsync (the WAL is synced at checkpoints); the file stays consistent on a crash, and only a
/// power loss can undo the last commits. This is the setting SQLite recommends for WAL mode.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Sql = "PRAGMA synchronous = NORMAL";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
