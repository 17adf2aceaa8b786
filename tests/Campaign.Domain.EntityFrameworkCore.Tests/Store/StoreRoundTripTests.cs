using Campaign.Domain.Campaigns;
using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Store;

public class StoreRoundTripTests(PostgreSqlServer server) : StoreTestBase(server)
{
    [Theory]
    [InlineData(DatasetPreset.District)]
    [InlineData(DatasetPreset.County)]
    public Task JsonToStoreToJson_Sqlite_IsLossless(DatasetPreset preset) => RoundTrip(Provider.Sqlite, preset);

    [PostgreSqlTheory]
    [InlineData(DatasetPreset.District)]
    [InlineData(DatasetPreset.County)]
    public Task JsonToStoreToJson_PostgreSql_IsLossless(DatasetPreset preset) => RoundTrip(Provider.PostgreSql, preset);

    [Fact]
    public Task SmallSample_Sqlite_IsLossless() => SmallSample(Provider.Sqlite);

    [PostgreSqlFact]
    public Task SmallSample_PostgreSql_IsLossless() => SmallSample(Provider.PostgreSql);

    [Fact]
    public Task EfModel_Sqlite_ReadsWhatTheBulkImportWrote() => EfModelReads(Provider.Sqlite);

    [PostgreSqlFact]
    public Task EfModel_PostgreSql_ReadsWhatTheBulkImportWrote() => EfModelReads(Provider.PostgreSql);

    [Fact]
    public Task Import_IntoSqliteStoreThatHoldsADataset_IsRefusedUnlessReplacing() => ImportTwice(Provider.Sqlite);

    [PostgreSqlFact]
    public Task Import_IntoPostgreSqlStoreThatHoldsADataset_IsRefusedUnlessReplacing() => ImportTwice(Provider.PostgreSql);

    [Fact]
    public async Task Load_EmptyStore_SaysSo()
    {
        var store = await NewStoreAsync(Provider.Sqlite);
        await store.MigrateAsync();

        var act = () => store.LoadAsync();

        (await act.Should().ThrowAsync<CampaignStoreStateException>()).Which.HoldsDataset.Should().BeFalse();
    }

    private async Task RoundTrip(Provider provider, DatasetPreset preset)
    {
        var dataset = Preset(preset);
        var store = await NewStoreAsync(provider);

        await store.ImportAsync(dataset);
        var exported = await ExportAsync(store);

        exported.Should().Equal(Json(dataset));
    }

    private async Task SmallSample(Provider provider)
    {
        var store = await NewStoreAsync(provider);
        await using (var file = File.OpenRead(SmallDatasetPath))
        {
            await store.ImportAsync(file);
        }

        var loaded = await store.LoadAsync();

        Json(loaded).Should().Equal(Json(Campaign.Domain.Serialization.CampaignDatasetReader.ReadFile(SmallDatasetPath)));
    }

    // The EF Core model and the bulk paths address the same columns: the records read through the DbContext make the
    // same dataset.
    private async Task EfModelReads(Provider provider)
    {
        var dataset = Preset(DatasetPreset.District);
        var store = await NewStoreAsync(provider);
        await store.ImportAsync(dataset);

        await using var context = store.CreateDbContext();
        var campaign = await context.Campaigns.AsNoTracking().SingleAsync();
        var read = new CampaignDataset(
            campaign,
            await context.Units.AsNoTracking().OrderBy(x => EF.Property<long>(x, "Position")).ToListAsync(),
            await context.People.AsNoTracking().OrderBy(x => EF.Property<long>(x, "Position")).ToListAsync(),
            await context.Opinions.AsNoTracking().OrderBy(x => EF.Property<long>(x, "Position")).ToListAsync(),
            await context.Problems.AsNoTracking().OrderBy(x => EF.Property<long>(x, "Position")).ToListAsync(),
            await context.Rectifications.AsNoTracking().OrderBy(x => EF.Property<long>(x, "Position")).ToListAsync());

        Json(read).Should().Equal(Json(dataset));
        read.Problems.Select(p => p.OwnerKey).Should().Equal(dataset.Problems.Select(p => p.OwnerKey));
    }

    private async Task ImportTwice(Provider provider)
    {
        var first = Preset(DatasetPreset.District);
        var second = CampaignGenerator.Generate(DatasetPreset.District, 8);
        var store = await NewStoreAsync(provider);
        await store.ImportAsync(first);

        var act = () => store.ImportAsync(second);

        (await act.Should().ThrowAsync<CampaignStoreStateException>()).Which.HoldsDataset.Should().BeTrue();
        (await ExportAsync(store)).Should().Equal(Json(first));

        await store.ImportAsync(second, replace: true);
        (await ExportAsync(store)).Should().Equal(Json(second));
    }
}
