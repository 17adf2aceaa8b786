using System.Data.Common;
using System.Globalization;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// The connection settings of a SQLite bulk import, put back afterwards since the connection returns to the pool:
/// no fsync until the commit is handed to the OS (in WAL mode a crash loses at most the import, never the file), a page
/// cache large enough for the tables' indexes, temporary sorts (index builds) in memory, and foreign keys checked
/// once over the whole import (<see cref="BulkImport"/> runs <c>PRAGMA foreign_key_check</c> before the commit) instead
/// of row by row, which also lets the replaced dataset be cleared table by table at once.
/// </summary>
internal sealed class SqliteImportSettings
{
    private const string CachePages = "-262144"; // 256 MiB, as a negative size in KiB

    private readonly DbConnection _connection;
    private readonly string _synchronous;
    private readonly string _cacheSize;
    private readonly string _tempStore;
    private readonly string _foreignKeys;

    private SqliteImportSettings(DbConnection connection, string synchronous, string cacheSize, string tempStore, string foreignKeys)
    {
        _foreignKeys = foreignKeys;
        _connection = connection;
        _synchronous = synchronous;
        _cacheSize = cacheSize;
        _tempStore = tempStore;
    }

    public static async Task<SqliteImportSettings> ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var settings = new SqliteImportSettings(
            connection,
            await ReadAsync(connection, "synchronous", cancellationToken).ConfigureAwait(false),
            await ReadAsync(connection, "cache_size", cancellationToken).ConfigureAwait(false),
            await ReadAsync(connection, "temp_store", cancellationToken).ConfigureAwait(false),
            await ReadAsync(connection, "foreign_keys", cancellationToken).ConfigureAwait(false));
        await SetAsync(connection, "foreign_keys", "OFF", cancellationToken).ConfigureAwait(false);
        await SetAsync(connection, "synchronous", "OFF", cancellationToken).ConfigureAwait(false);
        await SetAsync(connection, "cache_size", CachePages, cancellationToken).ConfigureAwait(false);
        await SetAsync(connection, "temp_store", "MEMORY", cancellationToken).ConfigureAwait(false);
        return settings;
    }

    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        await SetAsync(_connection, "synchronous", _synchronous, cancellationToken).ConfigureAwait(false);
        await SetAsync(_connection, "cache_size", _cacheSize, cancellationToken).ConfigureAwait(false);
        await SetAsync(_connection, "temp_store", _tempStore, cancellationToken).ConfigureAwait(false);
        await SetAsync(_connection, "foreign_keys", _foreignKeys, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> ReadAsync(DbConnection connection, string pragma, CancellationToken cancellationToken)
    {
        using var command = CampaignStore.Command(connection, null, "PRAGMA " + pragma);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "0";
    }

    private static async Task SetAsync(DbConnection connection, string pragma, string value, CancellationToken cancellationToken)
    {
        using var command = CampaignStore.Command(connection, null, $"PRAGMA {pragma} = {value}");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
