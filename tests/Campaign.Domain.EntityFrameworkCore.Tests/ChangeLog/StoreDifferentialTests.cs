using Campaign.Compliance;
using Campaign.Domain.Campaigns;
using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore.Tests.ChangeLog;

/// <summary>
/// The store-following monitor against a fresh full check of the data loaded from the store: random sequences of every
/// public mutator of every entity, each step a unit of work saved through the monitor (or by another context and
/// caught up), including changes the database refuses.
/// </summary>
public class StoreDifferentialTests(PostgreSqlServer server) : StoreTestBase(server)
{
    private static readonly ComplianceChecker Checker = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public Task RandomEdits_Sqlite_KeepTheFindingsEqualToAFreshCheckOfTheStore(int seed) => RandomEdits(Provider.Sqlite, seed, steps: 30);

    [PostgreSqlTheory]
    [InlineData(5)]
    public Task RandomEdits_PostgreSql_KeepTheFindingsEqualToAFreshCheckOfTheStore(int seed) => RandomEdits(Provider.PostgreSql, seed, steps: 15);

    private async Task RandomEdits(Provider provider, int seed, int steps)
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.District, seed);
        var store = await NewStoreAsync(provider);
        await store.ImportAsync(dataset);
        using var monitor = await CampaignStoreMonitor.StartAsync(store, Checker);
        var random = new Random(seed);
        var refused = 0;

        for (var step = 0; step < steps; step++)
        {
            var before = CampaignStoreMonitorTests.Contents(monitor.Current);
            var throughMonitor = random.Next(4) > 0;
            await using var context = store.CreateDbContext();
            var name = await RandomChange(random, dataset, monitor.AsOf, context);
            try
            {
                if (throughMonitor)
                {
                    await monitor.SaveChangesAsync(context);
                }
                else
                {
                    await context.SaveChangesAsync();
                    await monitor.CatchUpAsync();
                }
            }
            catch (DbUpdateException)
            {
                // A person or unit that does not exist: the database refused the unit of work.
                refused++;
                CampaignStoreMonitorTests.Contents(monitor.Current).Should().Equal(before, $"a refused save changes no finding (step {step}, {name})");
            }

            await CampaignStoreMonitorTests.ShouldEqualAFreshCheck(store, monitor, $"step {step} ({name}) of seed {seed}");
        }

        refused.Should().BeLessThan(steps, "most steps are saved");
    }

    // One random change of a record loaded in the context; its name.
    private static async Task<string> RandomChange(Random random, CampaignDataset dataset, DateOnly asOf, CampaignDbContext context)
    {
        var day = asOf.AddDays(random.Next(-90, 60));
        var rectificationId = dataset.Rectifications[random.Next(dataset.Rectifications.Count)].Id;
        var opinionId = dataset.Opinions[random.Next(dataset.Opinions.Count)].Id;
        var weakLaxIds = dataset.Units.Where(u => u.IsWeakLax).Select(u => u.Id).ToList();
        var person = random.Next(6) > 0 ? dataset.People[random.Next(dataset.People.Count)].Id : "P-UNKNOWN";
        var unit = random.Next(6) > 0 ? dataset.Units[random.Next(dataset.Units.Count)].Id : "U-UNKNOWN";
        var kind = random.Next(15);
        if (kind < 9)
        {
            var r = await context.Rectifications.SingleAsync(x => x.Id == rectificationId);
            return kind switch
            {
                0 => Try("start", r, x => x.Start()),
                1 => Try("complete", r, x => x.Complete(day, Enumerable.Range(0, random.Next(3)).Select(i => new Evidence(RandomEnum<EvidenceKind>(random), "e" + i)).ToList())),
                2 => Try("close off", r, x => x.CloseOff()),
                3 => Try("evaluate", r, x => x.Evaluate(random.Next(2) == 0 ? new Evaluation(EvaluatorKind.Self, day) : new Evaluation(EvaluatorKind.Masses, day, random.Next(2) == 0 ? 0.95 : 0.6, random.Next(0, 50)))),
                4 => Try("add evidence", r, x => x.AddEvidence(new Evidence(RandomEnum<EvidenceKind>(random), "extra"))),
                5 => Try("set deadline", r, x => x.SetDeadline(day)),
                6 => Try("reschedule", r, x => x.Reschedule(day)),
                7 => Try("assign person " + person, r, x => x.AssignResponsiblePerson(person)),
                _ => Try("assign unit " + unit, r, x => x.AssignResponsibleUnit(unit)),
            };
        }

        if (kind < 11)
        {
            var o = await context.Opinions.SingleAsync(x => x.Id == opinionId);
            return kind == 9
                ? Try("claim", o, x => x.Claim(day, random.Next(2) == 0 ? null : person))
                : Try("report back", o, x => x.ReportBack(day));
        }

        if (weakLaxIds.Count == 0)
        {
            return "no weak-and-lax unit";
        }

        var unitId = weakLaxIds[random.Next(weakLaxIds.Count)];
        var u = await context.Units.SingleAsync(x => x.Id == unitId);
        return kind switch
        {
            11 => Try("staff team", u.WeakLax!, x => x.StaffTeam(day)),
            12 => Try("consolidate", u.WeakLax!, x => x.Consolidate(day)),
            13 => Try("assign first secretary " + person, u.WeakLax!, x => x.AssignFirstSecretary(person)),
            _ => Try("adopt plan", u.WeakLax!, x => x.AdoptPlan()),
        };
    }

    private static string Try<T>(string name, T record, Action<T> change)
    {
        try
        {
            change(record);
            return $"{name} {record}";
        }
        catch (InvalidOperationException)
        {
            return $"{name} {record} (refused by the record)";
        }
    }

    private static T RandomEnum<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
