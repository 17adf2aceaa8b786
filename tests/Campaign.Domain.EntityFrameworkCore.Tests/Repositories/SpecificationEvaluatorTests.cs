using Campaign.Domain.Campaigns;
using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Testing;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Repositories;

/// <summary>The same specifications through three evaluators: Ardalis' in memory, the store on SQLite and on PostgreSQL.</summary>
public class SpecificationEvaluatorTests(PostgreSqlServer server) : StoreTestBase(server)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<Provider, CampaignStore> Stores = [];
    private static readonly TempSqliteFile File = CreateFile();

    private static CampaignDataset Dataset => Preset(DatasetPreset.County);

    [Theory]
    [MemberData(nameof(SpecificationCases.Names), MemberType = typeof(SpecificationCases))]
    public Task Sqlite_SelectsWhatTheInMemoryEvaluatorSelects(string name) => SameAsInMemory(Provider.Sqlite, name);

    [PostgreSqlTheory]
    [MemberData(nameof(SpecificationCases.Names), MemberType = typeof(SpecificationCases))]
    public Task PostgreSql_SelectsWhatTheInMemoryEvaluatorSelects(string name) => SameAsInMemory(Provider.PostgreSql, name);

    private static TempSqliteFile CreateFile()
    {
        var file = new TempSqliteFile();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => file.Dispose();
        return file;
    }

    private async Task SameAsInMemory(Provider provider, string name)
    {
        var specification = SpecificationCases.Get(name);
        var store = await StoreAsync(provider);
        var expected = specification.InMemory(Dataset);

        await using var context = store.CreateDbContext();
        var actual = await specification.InStore(context, Dataset);

        expected.Should().NotBeEmpty("the case must select something to compare");
        if (specification.Ordered)
        {
            actual.Should().Equal(expected);
        }
        else
        {
            actual.Should().BeEquivalentTo(expected);
        }
    }

    private async Task<CampaignStore> StoreAsync(Provider provider)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Stores.TryGetValue(provider, out var store))
            {
                store = provider == Provider.Sqlite ? CampaignStore.Sqlite(File.Path) : CampaignStore.PostgreSql(await Server.CreateDatabaseAsync());
                await store.ImportAsync(Dataset, replace: true);
                Stores[provider] = store;
            }

            return store;
        }
        finally
        {
            Gate.Release();
        }
    }
}
