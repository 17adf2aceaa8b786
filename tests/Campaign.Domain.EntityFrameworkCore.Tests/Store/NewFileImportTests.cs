using System.Data.Common;
using Campaign.Domain.Campaigns;
using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Problems;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Store;

/// <summary>
/// An import into a SQLite file that does not exist yet is built in a temporary file and moved into place: the result is
/// the store the migrations make, and a failed import leaves no file behind.
/// </summary>
public class NewFileImportTests(PostgreSqlServer server) : StoreTestBase(server)
{
    [Fact]
    public async Task Import_NewSqliteFile_HasTheSchemaOfAMigratedStore()
    {
        var dataset = Preset(DatasetPreset.District);
        var migrated = await NewStoreAsync(Provider.Sqlite);
        await migrated.MigrateAsync();
        await migrated.ImportAsync(dataset);
        var created = await NewStoreAsync(Provider.Sqlite);

        await created.ImportAsync(dataset);

        var expected = await SchemaAsync(migrated);
        expected.Should().Contain(s => s.StartsWith("index|", StringComparison.Ordinal)).And.Contain(s => s.StartsWith("trigger|", StringComparison.Ordinal));
        (await SchemaAsync(created)).Should().Equal(expected);
        (await ExportAsync(created)).Should().Equal(await ExportAsync(migrated));
        (await created.ReadChangesAsync(0)).Select(c => c.Change).Should().Equal("DatasetImported");
    }

    [Fact]
    public async Task Import_NewSqliteFile_LeavesOneCurrentWalStoreAndNoOtherFile()
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        var path = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;

        await store.ImportAsync(Preset(DatasetPreset.District));

        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().Equal(path);
        await using var context = store.CreateDbContext();
        (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        await context.Database.OpenConnectionAsync();
        await using var journal = context.Database.GetDbConnection().CreateCommand();
        journal.CommandText = "PRAGMA journal_mode";
        (await journal.ExecuteScalarAsync()).Should().Be("wal");
    }

    [Fact]
    public async Task Import_EmptySqliteFileAlreadyOpened_IsReplacedAndReadThroughThePool()
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        var path = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        // Opening a missing file creates it empty; the connection then waits in the pool on that empty file.
        await using (var connection = new SqliteConnection(store.ConnectionString))
        {
            await connection.OpenAsync();
        }

        new FileInfo(path).Length.Should().Be(0);
        var dataset = Preset(DatasetPreset.District);

        await store.ImportAsync(dataset);

        (await store.HasDatasetAsync()).Should().BeTrue();
        (await ExportAsync(store)).Should().Equal(Json(dataset));
    }

    [Fact]
    public async Task Import_NewSqliteFileRefusingARecord_LeavesNoFile()
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(store.ConnectionString).DataSource)!;

        var act = () => store.ImportAsync(Broken());

        (await act.Should().ThrowAsync<DbException>()).Which.Message.Should().Contain("PR-BROKEN");
        Directory.GetFiles(folder).Should().BeEmpty();
    }

    [Fact]
    public async Task Import_EmptySqliteFileRefusingARecord_LeavesTheEmptyFile()
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        var path = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        await File.WriteAllBytesAsync(path, []);

        var act = () => store.ImportAsync(Broken());

        await act.Should().ThrowAsync<DbException>();
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().Equal(path);
        new FileInfo(path).Length.Should().Be(0);
    }

    [Fact]
    public async Task Import_InvalidDocumentIntoNewSqliteFile_LeavesNoFile()
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(store.ConnectionString).DataSource)!;
        var invalid = (await File.ReadAllTextAsync(SmallDatasetPath)).Replace("campaign-dataset/1", "campaign-dataset/9", StringComparison.Ordinal);

        var act = () => store.ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(invalid)));

        await act.Should().ThrowAsync<DatasetValidationException>();
        Directory.GetFiles(folder).Should().BeEmpty();
    }

    // Wherever the cancellation lands, the import either finished (the whole dataset) or left no file at all.
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(150)]
    public async Task Import_NewSqliteFileCancelled_LeavesNoFileOrTheWholeDataset(int cancelAfterMilliseconds)
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        var path = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        var dataset = Preset(DatasetPreset.County);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(cancelAfterMilliseconds));

        Exception? failure = null;
        try
        {
            await store.ImportAsync(dataset, cancellationToken: cancellation.Token);
        }
        catch (OperationCanceledException e)
        {
            failure = e;
        }

        if (failure is null)
        {
            (await store.LoadAsync()).Problems.Should().HaveCount(dataset.Problems.Count);
        }
        else
        {
            Directory.GetFiles(Path.GetDirectoryName(path)!).Should().BeEmpty();
        }

        if (cancelAfterMilliseconds == 0)
        {
            failure.Should().NotBeNull("a token cancelled before the import starts cancels it");
        }
    }

    // A URI is SQLite's to resolve: the import takes the transactional path and the store is the file the URI names.
    [Fact]
    public async Task Import_SqliteUriDataSource_WritesTheFileTheUriNames()
    {
        var path = new SqliteConnectionStringBuilder((await NewStoreAsync(Provider.Sqlite)).ConnectionString).DataSource;
        var store = CampaignStore.Sqlite("file:" + path);
        var dataset = Preset(DatasetPreset.District);

        await store.ImportAsync(dataset);

        (await ExportAsync(CampaignStore.Sqlite(path))).Should().Equal(Json(dataset));
    }

    private static CampaignDataset Broken()
    {
        var good = Preset(DatasetPreset.District);
        // A dataset built in memory is not checked by the reader: the foreign key refuses the last record.
        return new CampaignDataset(
            good.Campaign, good.Units, good.People, good.Opinions,
            [.. good.Problems, new Problem("PR-BROKEN", "U-NOWHERE", ProblemOwner.Team, ProblemCategory.Work, "x", ProblemSource.Other, new DateOnly(2014, 5, 1))],
            good.Rectifications);
    }

    // Every schema object but the migration history's rows, as "type|name|table|sql", in name order.
    private static async Task<List<string>> SchemaAsync(CampaignStore store)
    {
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }
}
