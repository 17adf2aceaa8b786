using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Opinions;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Specifications;
using Campaign.Domain.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Store;

public class ParallelWritersTests(PostgreSqlServer server) : StoreTestBase(server)
{
    private const int Writers = 8;
    private const int OpinionsPerWriter = 25;

    // Every writer adds its own opinions and appends one evidence item to the same rectification, retrying when its
    // save loses the race: at the end no row and no evidence item is missing, and the dataset still loads.
    [PostgreSqlFact]
    public async Task ParallelWriters_PostgreSql_LoseNoRow()
    {
        var store = await NewStoreAsync(Provider.PostgreSql);
        var dataset = Preset(DatasetPreset.District);
        await store.ImportAsync(dataset);
        var unitId = dataset.Units[0].Id;
        var sharedId = new OpenRectifications().Evaluate(dataset.Rectifications).First().Id;

        await Parallel.ForEachAsync(Enumerable.Range(0, Writers), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (writer, ct) =>
        {
            for (var i = 0; i < OpinionsPerWriter; i++)
            {
                await using var context = store.CreateDbContext();
                await new CampaignRepository<Opinion>(context).AddAsync(
                    new Opinion($"O-W{writer}-{i:000}", unitId, $"writer {writer} opinion {i}", new DateOnly(2014, 5, 1)), ct);
            }

            while (true)
            {
                await using var context = store.CreateDbContext();
                var shared = await context.Rectifications.SingleAsync(r => r.Id == sharedId, ct);
                shared.AddEvidence(new Evidence(EvidenceKind.Document, $"writer {writer}"));
                try
                {
                    await context.SaveChangesAsync(ct);
                    break;
                }
                catch (CampaignStoreConcurrencyException)
                {
                    // Lost the race: read the rectification again and retry.
                }
            }
        });

        var loaded = await store.LoadAsync();
        loaded.Opinions.Count.Should().Be(dataset.Opinions.Count + (Writers * OpinionsPerWriter));
        loaded.FindRectification(sharedId)!.Evidence.Select(e => e.Reference).Where(r => r.StartsWith("writer ", StringComparison.Ordinal))
            .Should().BeEquivalentTo(Enumerable.Range(0, Writers).Select(w => $"writer {w}"));
    }
}
