using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Store;

/// <summary><see cref="CampaignStore.MigrateAsync"/> skips the migrator only for a store that is current.</summary>
public class MigrationTests(PostgreSqlServer server) : StoreTestBase(server)
{
    private const string EmptyHistory = "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" varchar(150) NOT NULL PRIMARY KEY, \"ProductVersion\" varchar(32) NOT NULL)";

    [Fact]
    public async Task MigrateSqlite_HistoryWithoutTheMigrations_CreatesTheSchema()
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        await using (var connection = new SqliteConnection(store.ConnectionString))
        {
            await connection.OpenAsync();
            await Execute(connection, EmptyHistory);
        }

        await store.MigrateAsync();
        await store.ImportAsync(Preset(DatasetPreset.District));

        (await store.LoadAsync()).Problems.Should().HaveCount(Preset(DatasetPreset.District).Problems.Count);
    }

    [PostgreSqlFact]
    public async Task MigratePostgreSql_HistoryWithoutTheMigrations_CreatesTheSchema()
    {
        var store = await NewStoreAsync(Provider.PostgreSql);
        await using (var connection = new NpgsqlConnection(store.ConnectionString))
        {
            await connection.OpenAsync();
            await Execute(connection, EmptyHistory);
        }

        await store.MigrateAsync();
        await store.ImportAsync(Preset(DatasetPreset.District));

        (await store.LoadAsync()).Problems.Should().HaveCount(Preset(DatasetPreset.District).Problems.Count);
    }

    [Fact]
    public async Task MigrateSqlite_CurrentStoreWhoseJournalIsNotWal_IsPutBackInWal()
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        await store.MigrateAsync();
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection(store.ConnectionString))
        {
            await connection.OpenAsync();
            (await Scalar(connection, "PRAGMA journal_mode = DELETE")).Should().Be("delete");
        }

        await store.MigrateAsync();

        await using (var connection = new SqliteConnection(store.ConnectionString))
        {
            await connection.OpenAsync();
            (await Scalar(connection, "PRAGMA journal_mode")).Should().Be("wal");
        }
    }

    [Fact]
    public async Task MigrateSqlite_CurrentStore_KeepsItsDataset()
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        var dataset = Preset(DatasetPreset.District);
        await store.ImportAsync(dataset);

        await store.MigrateAsync();

        (await ExportAsync(store)).Should().Equal(Json(dataset));
    }

    private static async Task Execute(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
