using System.Data.Common;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// A campaign ledger kept in a database: SQLite (a file) or PostgreSQL (a server). It holds one campaign dataset,
/// which is imported in bulk, loaded back in one streaming pass, and edited record by record through
/// <see cref="CreateDbContext"/> or a <see cref="CampaignRepository{T}"/>.
/// </summary>
/// <remarks>
/// <para>A store is cheap to keep and thread-safe; each <see cref="CampaignDbContext"/> it makes is a unit of work for
/// one thread. The schema is created and upgraded by <see cref="MigrateAsync"/> (EF Core migrations, one set per
/// provider); <see cref="ImportAsync(CampaignDataset, bool, CancellationToken)"/> migrates first.</para>
/// <para>The store never reads the clock: dates are the ledger's own.</para>
/// </remarks>
public sealed class CampaignStore
{
    private static readonly StoredChange ImportedChange = new(0, ChangeLogCodec.DatasetRecord, string.Empty, ChangeLogCodec.DatasetImported, "{}");

    private readonly DbContextOptions _options;

    private CampaignStore(CampaignStoreProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _options = provider == CampaignStoreProvider.Sqlite
            ? new DbContextOptionsBuilder<SqliteCampaignDbContext>().UseSqlite(connectionString).AddInterceptors(SqliteConnectionSettings.Instance).Options
            : new DbContextOptionsBuilder<PostgreSqlCampaignDbContext>().UseNpgsql(connectionString).Options;
    }

    /// <summary>The database behind the store.</summary>
    public CampaignStoreProvider Provider { get; }

    /// <summary>The ADO.NET connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>A store in a SQLite file, created on first use.</summary>
    /// <param name="path">The file path, e.g. <c>weidu.db</c> next to the user's data.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static CampaignStore Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, DefaultTimeout = 30 };
        return new CampaignStore(CampaignStoreProvider.Sqlite, builder.ConnectionString);
    }

    // A store whose connections really close when disposed: the new-file import's temporary file must be closed
    // before it is moved.
    internal static CampaignStore SqliteUnpooled(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, DefaultTimeout = 30, Pooling = false };
        return new CampaignStore(CampaignStoreProvider.Sqlite, builder.ConnectionString);
    }

    /// <summary>A store in a PostgreSQL database.</summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=campaign;Username=clerk;Password=…</c>; <see cref="MigrateAsync"/> creates the database when it is missing and the account may.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null or empty.</exception>
    public static CampaignStore PostgreSql(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return new CampaignStore(CampaignStoreProvider.PostgreSql, connectionString);
    }

    /// <summary>
    /// A store from what a user typed after <c>--db</c>: a PostgreSQL connection string when it holds <c>key=value</c>
    /// pairs naming a <c>Host</c> or <c>Server</c>, otherwise the path of a SQLite file.
    /// </summary>
    /// <param name="pathOrConnectionString">The SQLite path or the PostgreSQL connection string.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="pathOrConnectionString"/> is null or empty.</exception>
    public static CampaignStore Open(string pathOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathOrConnectionString);
        var isPostgreSql = pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            && (pathOrConnectionString.Contains("host=", StringComparison.OrdinalIgnoreCase)
                || pathOrConnectionString.Contains("server=", StringComparison.OrdinalIgnoreCase));
        return isPostgreSql ? PostgreSql(pathOrConnectionString) : Sqlite(pathOrConnectionString);
    }

    /// <summary>A new unit of work on the store; dispose it when done.</summary>
    /// <returns>The context.</returns>
    public CampaignDbContext CreateDbContext() => Provider == CampaignStoreProvider.Sqlite
        ? new SqliteCampaignDbContext((DbContextOptions<SqliteCampaignDbContext>)_options)
        : new PostgreSqlCampaignDbContext((DbContextOptions<PostgreSqlCampaignDbContext>)_options);

    /// <summary>Creates the schema, or upgrades it to this version's migrations.</summary>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var context = CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            if (await IsCurrentAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (Provider == CampaignStoreProvider.Sqlite)
            {
                // Readers keep reading while one clerk writes.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Whether every migration of this version is applied (and, on SQLite, the journal is WAL): then the migrator, which
    // takes a write lock on the store and commits even when there is nothing to do, is skipped. A store that cannot be
    // read yet (no file, no database, no history table) is left to the migrator, which creates it or says why it cannot.
    private static async Task<bool> IsCurrentAsync(CampaignDbContext context, CancellationToken cancellationToken)
    {
        var known = context.Database.GetMigrations().ToList();
        try
        {
            if (context.Database.GetDbConnection() is SqliteConnection { DataSource: var path } && !File.Exists(path))
            {
                return false;
            }

            var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            if (!known.TrueForAll(applied.Contains))
            {
                return false;
            }

            if (context.Provider != CampaignStoreProvider.Sqlite)
            {
                return true;
            }

            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            using var journal = Command(context.Database.GetDbConnection(), null, "PRAGMA journal_mode");
            var mode = await journal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            return string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase);
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <summary>Whether the store holds a dataset (a campaign has been imported).</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>True when a campaign is stored.</returns>
    public async Task<bool> HasDatasetAsync(CancellationToken cancellationToken = default)
    {
        var context = CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            return await context.Campaigns.AnyAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads a <c>campaign-dataset/1</c> document with <see cref="CampaignDatasetReader"/> (every validation error of the
    /// format, before the store is touched) and imports it.
    /// </summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <param name="replace">Whether to replace a dataset already in the store; when false, a store that holds one is refused.</param>
    /// <param name="readOptions">The reader's options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the import; the store is then unchanged.</param>
    /// <returns>The imported dataset.</returns>
    /// <exception cref="DatasetValidationException">The document is invalid; the store is unchanged.</exception>
    /// <exception cref="CampaignStoreStateException">The store holds a dataset and <paramref name="replace"/> is false.</exception>
    public async Task<CampaignDataset> ImportAsync(Stream utf8Json, bool replace = false, DatasetReadOptions? readOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var dataset = await CampaignDatasetReader.ReadAsync(utf8Json, readOptions, cancellationToken).ConfigureAwait(false);
        await ImportAsync(dataset, replace, cancellationToken).ConfigureAwait(false);
        return dataset;
    }

    /// <summary>
    /// Imports a dataset in one transaction with bulk inserts (SQLite: one prepared statement per table; PostgreSQL:
    /// binary <c>COPY</c>), no change tracking. All or nothing: on any error the store is as it was. A SQLite store
    /// whose file does not exist yet (or is empty) is built in a temporary file next to it, without a journal, and
    /// moved into place when complete; a failed import then leaves no file behind.
    /// </summary>
    /// <param name="dataset">The dataset, as <see cref="CampaignDatasetReader"/> or the generator builds it (references are
    /// also checked by the database's foreign keys).</param>
    /// <param name="replace">Whether to replace a dataset already in the store; when false, a store that holds one is refused.</param>
    /// <param name="cancellationToken">Cancels the import; the store is then unchanged.</param>
    /// <returns>A task that completes when the transaction is committed.</returns>
    /// <exception cref="CampaignStoreStateException">The store holds a dataset and <paramref name="replace"/> is false.</exception>
    public async Task ImportAsync(CampaignDataset dataset, bool replace = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (Provider == CampaignStoreProvider.Sqlite
            && new SqliteConnectionStringBuilder(ConnectionString).DataSource is var path
            && SqliteNewFileImport.Applies(path)
            && await SqliteNewFileImport.RunAsync(this, path, dataset, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await MigrateAsync(cancellationToken).ConfigureAwait(false);
        var context = CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var restore = Provider == CampaignStoreProvider.Sqlite
                ? await SqliteImportSettings.ApplyAsync(context.Database.GetDbConnection(), cancellationToken).ConfigureAwait(false)
                : null;
            try
            {
                await ImportInTransactionAsync(context, dataset, replace, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (restore is not null)
                {
                    await restore.RestoreAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
    }

    internal async Task ImportInTransactionAsync(CampaignDbContext context, CampaignDataset dataset, bool replace, CancellationToken cancellationToken)
    {
        var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            if (await context.Campaigns.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!replace)
                {
                    throw new CampaignStoreStateException(holdsDataset: true);
                }
            }

            var connection = context.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            await BulkImport.RunAsync(Provider, connection, dbTransaction, dataset, cancellationToken).ConfigureAwait(false);
            await ChangeLogTable.AppendAsync(Provider, connection, dbTransaction, [ImportedChange], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Loads the stored dataset in one streaming pass: the tables are read in dataset order and fed, as a
    /// <c>campaign-dataset/1</c> document, to <see cref="CampaignDatasetReader"/>, so the dataset and its validation are
    /// exactly those of the JSON reader.
    /// </summary>
    /// <param name="readOptions">The reader's options (focus catalog, error limit); null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="CampaignStoreStateException">The store holds no dataset.</exception>
    /// <exception cref="DatasetValidationException">The stored data breaks a rule of the format that the schema does not enforce.</exception>
    public async Task<CampaignDataset> LoadAsync(DatasetReadOptions? readOptions = null, CancellationToken cancellationToken = default) =>
        (await LoadSnapshotAsync(readOptions, cancellationToken).ConfigureAwait(false)).Dataset;

    /// <summary>
    /// Loads the stored dataset as <see cref="LoadAsync"/> does, with the sequence of the last change log row it
    /// includes: a follower that then reads <see cref="ReadChangesAsync"/> after that sequence misses no change.
    /// </summary>
    /// <param name="readOptions">The reader's options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The dataset and the sequence of the last change it includes (0 for a store without a change log yet).</returns>
    /// <exception cref="CampaignStoreStateException">The store holds no dataset.</exception>
    /// <exception cref="DatasetValidationException">The stored data breaks a rule of the format that the schema does not enforce.</exception>
    public async Task<(CampaignDataset Dataset, long Sequence)> LoadSnapshotAsync(DatasetReadOptions? readOptions = null, CancellationToken cancellationToken = default)
    {
        var context = CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await BeginReadAsync(context, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var connection = context.Database.GetDbConnection();
                var sequence = await ChangeLogTable.LastSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                var dataset = await StoredDatasetStream.LoadAsync(connection, transaction, readOptions ?? DatasetReadOptions.Default, cancellationToken)
                    .ConfigureAwait(false);
                return (dataset, sequence);
            }
        }
    }

    /// <summary>The change log rows committed after <paramref name="afterSequence"/>, in sequence (commit) order.</summary>
    /// <param name="afterSequence">The last sequence already seen; 0 for the whole log.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The rows.</returns>
    public async Task<IReadOnlyList<StoredChange>> ReadChangesAsync(long afterSequence, CancellationToken cancellationToken = default)
    {
        var context = CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await ChangeLogTable.ReadAsync(context.Database.GetDbConnection(), null, afterSequence, cancellationToken).ConfigureAwait(false);
        }
    }

    // A read-only snapshot: on SQLite a deferred transaction (in WAL mode it blocks no writer), on PostgreSQL
    // repeatable read.
    internal static async Task<DbTransaction> BeginReadAsync(CampaignDbContext context, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        DbTransaction transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await context.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    /// <summary>Writes the stored dataset as <c>campaign-dataset/1</c> JSON (<see cref="CampaignDatasetWriter"/>'s canonical form).</summary>
    /// <param name="utf8Json">The stream to write to; not disposed.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The exported dataset.</returns>
    /// <exception cref="CampaignStoreStateException">The store holds no dataset.</exception>
    public async Task<CampaignDataset> ExportAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var dataset = await LoadAsync(null, cancellationToken).ConfigureAwait(false);
        CampaignDatasetWriter.Write(dataset, utf8Json);
        return dataset;
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
