using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>Stores for a test on both providers: SQLite files and databases on the shared PostgreSQL server.</summary>
[Collection(PostgreSqlCollection.Name)]
public abstract class StoreTestBase : IDisposable
{
    private static readonly Dictionary<DatasetPreset, Lazy<CampaignDataset>> Presets = new()
    {
        [DatasetPreset.District] = new(() => CampaignGenerator.Generate(DatasetPreset.District, 7)),
        [DatasetPreset.County] = new(() => CampaignGenerator.Generate(DatasetPreset.County, 7)),
    };

    private readonly List<TempSqliteFile> _files = [];

    protected StoreTestBase(PostgreSqlServer server) => Server = server;

    protected PostgreSqlServer Server { get; }

    public enum Provider
    {
        Sqlite,
        PostgreSql,
    }

    public static string SmallDatasetPath => Path.Combine(AppContext.BaseDirectory, "TestData", "district-small.json");

    protected static CampaignDataset Preset(DatasetPreset preset) => Presets[preset].Value;

    protected static byte[] Json(CampaignDataset dataset)
    {
        using var buffer = new MemoryStream();
        CampaignDatasetWriter.Write(dataset, buffer);
        return buffer.ToArray();
    }

    protected static async Task<byte[]> ExportAsync(CampaignStore store)
    {
        using var buffer = new MemoryStream();
        await store.ExportAsync(buffer);
        return buffer.ToArray();
    }

    protected async Task<CampaignStore> NewStoreAsync(Provider provider)
    {
        if (provider == Provider.Sqlite)
        {
            var file = new TempSqliteFile();
            _files.Add(file);
            return CampaignStore.Sqlite(file.Path);
        }

        return CampaignStore.PostgreSql(await Server.CreateDatabaseAsync());
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
