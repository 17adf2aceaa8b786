using System.Data.Common;
using System.Text;
using Campaign.Domain.Campaigns;
using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Problems;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Store;

public class ImportValidationTests(PostgreSqlServer server) : StoreTestBase(server)
{
    // One edit of the small sample per invalid-input class of the dataset format.
    public static TheoryData<string, string, string> InvalidInputs => new()
    {
        { "malformed JSON", "\"units\": [", "\"units\": [[" },
        { "wrong format", "campaign-dataset/1", "campaign-dataset/9" },
        { "unknown property", "\"batch\": \"second\",", "\"batch\": \"second\", \"batchh\": 2," },
        { "missing required property", "\"name\": \"中共魏都区委\", ", string.Empty },
        { "value outside its enum", "\"kind\": \"countyLeadership\"", "\"kind\": \"countyLeader\"" },
        { "impossible date", "\"start\": \"2014-03-01\"", "\"start\": \"2014-02-30\"" },
        { "duplicate id", "\"id\": \"U-SYXX\"", "\"id\": \"U-WD\"" },
        { "dangling reference", "\"parentId\": \"U-XDJ\"", "\"parentId\": \"U-NOWHERE\"" },
        { "completedOn missing", "\"status\": \"completed\", \"completedOn\": \"2014-06-20\"", "\"status\": \"completed\"" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public Task Import_InvalidDatasetIntoSqlite_IsRefusedWithTheReadersErrorsAndTheStoreUnchanged(string invalidClass, string find, string replace) =>
        RefusedAndUnchanged(Provider.Sqlite, invalidClass, find, replace);

    [PostgreSqlTheory]
    [MemberData(nameof(InvalidInputs))]
    public Task Import_InvalidDatasetIntoPostgreSql_IsRefusedWithTheReadersErrorsAndTheStoreUnchanged(string invalidClass, string find, string replace) =>
        RefusedAndUnchanged(Provider.PostgreSql, invalidClass, find, replace);

    [Fact]
    public Task Import_SqliteRefusingARecord_RollsBackEverything() => RolledBack(Provider.Sqlite);

    [PostgreSqlFact]
    public Task Import_PostgreSqlRefusingARecord_RollsBackEverything() => RolledBack(Provider.PostgreSql);

    [Fact]
    public Task Database_Sqlite_RefusesWhatTheDomainForbids() => ConstraintsHold(Provider.Sqlite);

    [PostgreSqlFact]
    public Task Database_PostgreSql_RefusesWhatTheDomainForbids() => ConstraintsHold(Provider.PostgreSql);

    [Fact]
    public Task Load_SqliteDataBreakingTheFormat_IsReportedByTheReader() => LoadRefused(Provider.Sqlite);

    [PostgreSqlFact]
    public Task Load_PostgreSqlDataBreakingTheFormat_IsReportedByTheReader() => LoadRefused(Provider.PostgreSql);

    // problem_ids is a list the schema cannot hold to the problems table: the reader's reference check reports it.
    private async Task LoadRefused(Provider provider)
    {
        var store = await NewStoreAsync(provider);
        var dataset = Preset(DatasetPreset.District);
        await store.ImportAsync(dataset);
        var id = dataset.Rectifications[3].Id;
        var list = provider == Provider.Sqlite ? "'[\"PR-NOWHERE\"]'" : "ARRAY['PR-NOWHERE']";
        await using (var context = store.CreateDbContext())
        {
            var sql = $"UPDATE rectifications SET problem_ids = {list} WHERE id = '{id}'";
            await context.Database.ExecuteSqlRawAsync(sql);
        }

        var act = () => store.LoadAsync();

        var refused = await act.Should().ThrowAsync<DatasetValidationException>();
        refused.Which.Errors.Should().ContainSingle().Which.Path.Should().Be("$.rectifications[3].problemIds[0]");
    }

    private async Task RefusedAndUnchanged(Provider provider, string invalidClass, string find, string replace)
    {
        var original = await File.ReadAllTextAsync(SmallDatasetPath);
        original.Should().Contain(find, invalidClass);
        var index = original.IndexOf(find, StringComparison.Ordinal);
        var invalid = Encoding.UTF8.GetBytes(original[..index] + replace + original[(index + find.Length)..]);
        var expected = Read(invalid).Should().Throw<DatasetValidationException>().Which.Errors.Select(e => e.ToString()).ToList();
        var store = await NewStoreAsync(provider);
        var before = Preset(DatasetPreset.District);
        await store.ImportAsync(before);

        var act = () => store.ImportAsync(new MemoryStream(invalid), replace: true);

        var refused = await act.Should().ThrowAsync<DatasetValidationException>(invalidClass);
        refused.Which.Errors.Select(e => e.ToString()).Should().Equal(expected);
        (await ExportAsync(store)).Should().Equal(Json(before));
    }

    private async Task RolledBack(Provider provider)
    {
        var store = await NewStoreAsync(provider);
        var before = Preset(DatasetPreset.District);
        await store.ImportAsync(before);
        var good = Preset(DatasetPreset.District);
        // A dataset built in memory is not checked by the reader: the foreign key refuses the last record.
        var broken = new CampaignDataset(
            good.Campaign, good.Units, good.People, good.Opinions,
            [.. good.Problems, new Problem("PR-BROKEN", "U-NOWHERE", ProblemOwner.Team, ProblemCategory.Work, "x", ProblemSource.Other, new DateOnly(2014, 5, 1))],
            good.Rectifications);

        var act = () => store.ImportAsync(broken, replace: true);

        await act.Should().ThrowAsync<DbException>();
        (await ExportAsync(store)).Should().Equal(Json(before));
    }

    private async Task ConstraintsHold(Provider provider)
    {
        var store = await NewStoreAsync(provider);
        await store.ImportAsync(Preset(DatasetPreset.District));
        await using var context = store.CreateDbContext();
        var id = (await context.Rectifications.AsNoTracking().FirstAsync(r => r.CompletedOn == null)).Id;

        string[] forbidden =
        [
            $"UPDATE rectifications SET status = 'Done' WHERE id = '{id}'",
            $"UPDATE rectifications SET status = 'Completed' WHERE id = '{id}'",
            $"UPDATE rectifications SET evaluation_by = 'Masses', evaluation_on = deadline, evaluation_satisfied_rate = 1.5, evaluation_respondents = 3 WHERE id = '{id}'",
            $"UPDATE rectifications SET responsible_person_id = 'P-NOBODY' WHERE id = '{id}'",
            "UPDATE problems SET owner_level = 'Individual', owner_person_id = NULL",
            "UPDATE units SET parent_id = 'U-NOWHERE'",
            "INSERT INTO people (id, name, unit_id, role, position, version) VALUES ('', 'x', 'U-000001', 'Member', 0, 0)",
            $"INSERT INTO rectifications (id, problem_ids, measure, mode, status, evidence, position, version) SELECT id, problem_ids, measure, mode, status, evidence, 0, 0 FROM rectifications WHERE id = '{id}'",
        ];
        foreach (var sql in forbidden)
        {
            var act = () => context.Database.ExecuteSqlRawAsync(sql);
            await act.Should().ThrowAsync<DbException>(sql);
        }
    }

    private static Action Read(byte[] json) => () => CampaignDatasetReader.Read(new MemoryStream(json));
}
