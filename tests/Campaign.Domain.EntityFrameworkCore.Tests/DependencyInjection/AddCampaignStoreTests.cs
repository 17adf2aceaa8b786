using Ardalis.Specification;
using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Specifications;
using Campaign.Domain.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Domain.EntityFrameworkCore.Tests.DependencyInjection;

public class AddCampaignStoreTests(PostgreSqlServer server) : StoreTestBase(server)
{
    [Fact]
    public async Task AddCampaignStore_SqlitePath_ResolvesRepositoriesOverTheStore()
    {
        using var file = new TempSqliteFile();
        var dataset = Preset(DatasetPreset.District);
        await CampaignStore.Sqlite(file.Path).ImportAsync(dataset);
        var services = new ServiceCollection().AddCampaignStore(file.Path).BuildServiceProvider();

        await using var scope = services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IReadRepositoryBase<Rectification>>();
        var open = await repository.ListAsync(new OpenRectifications());

        scope.ServiceProvider.GetRequiredService<CampaignStore>().Provider.Should().Be(CampaignStoreProvider.Sqlite);
        scope.ServiceProvider.GetRequiredService<IRepositoryBase<Rectification>>().Should().BeOfType<CampaignRepository<Rectification>>();
        open.Select(r => r.Id).Should().BeEquivalentTo(new OpenRectifications().Evaluate(dataset.Rectifications).Select(r => r.Id));
    }

    [Theory]
    [InlineData("ledger.db", CampaignStoreProvider.Sqlite)]
    [InlineData("/data/office=2/ledger.db", CampaignStoreProvider.Sqlite)]
    [InlineData("Host=db.office;Database=campaign;Username=clerk", CampaignStoreProvider.PostgreSql)]
    [InlineData("server=127.0.0.1;port=5433;database=c", CampaignStoreProvider.PostgreSql)]
    public void Open_TellsAPathFromAConnectionString(string text, CampaignStoreProvider expected)
    {
        CampaignStore.Open(text).Provider.Should().Be(expected);
    }
}
