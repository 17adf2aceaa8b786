using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Opinions;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Specifications;
using Campaign.Domain.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Store;

public class ConcurrencyTests(PostgreSqlServer server) : StoreTestBase(server)
{
    [Fact]
    public Task TwoContextsEditingOneRectification_OnSqlite_SecondSaveFailsAndNothingIsLost() => SecondSaveFails(Provider.Sqlite);

    [PostgreSqlFact]
    public Task TwoContextsEditingOneRectification_OnPostgreSql_SecondSaveFailsAndNothingIsLost() => SecondSaveFails(Provider.PostgreSql);

    [Fact]
    public Task SequentialEdits_Sqlite_AreAllSaved() => SequentialEdits(Provider.Sqlite);

    [PostgreSqlFact]
    public Task SequentialEdits_PostgreSql_AreAllSaved() => SequentialEdits(Provider.PostgreSql);

    [Fact]
    public Task WeakLaxRecordEditedTwice_Sqlite_SecondSaveFails() => WeakLaxConflict(Provider.Sqlite);

    [PostgreSqlFact]
    public Task WeakLaxRecordEditedTwice_PostgreSql_SecondSaveFails() => WeakLaxConflict(Provider.PostgreSql);

    [Fact]
    public Task AddedRecords_Sqlite_ComeAfterTheImportedOnes() => AddedLast(Provider.Sqlite);

    [PostgreSqlFact]
    public Task AddedRecords_PostgreSql_ComeAfterTheImportedOnes() => AddedLast(Provider.PostgreSql);

    private async Task WeakLaxConflict(Provider provider)
    {
        var dataset = Preset(DatasetPreset.District);
        var unit = dataset.Units.First(u => u.WeakLax is not null);
        var (one, other) = (dataset.People[0].Id, dataset.People[1].Id);
        var store = await NewStoreAsync(provider);
        await store.ImportAsync(dataset);
        await using var first = store.CreateDbContext();
        await using var second = store.CreateDbContext();
        var mine = await first.Units.SingleAsync(u => u.Id == unit.Id);
        var theirs = await second.Units.SingleAsync(u => u.Id == unit.Id);

        mine.WeakLax!.AssignFirstSecretary(one);
        await first.SaveChangesAsync();
        theirs.WeakLax!.AssignFirstSecretary(other);
        var act = () => second.SaveChangesAsync();

        (await act.Should().ThrowAsync<CampaignStoreConcurrencyException>()).Which.RecordIds.Should().Equal($"Unit '{unit.Id}'");
        var saved = (await store.LoadAsync()).FindUnit(unit.Id)!.WeakLax!;
        saved.FirstSecretaryId.Should().Be(one);
    }

    private async Task AddedLast(Provider provider)
    {
        var dataset = Preset(DatasetPreset.District);
        var store = await NewStoreAsync(provider);
        await store.ImportAsync(dataset);

        await using (var context = store.CreateDbContext())
        {
            await new CampaignRepository<Opinion>(context).AddRangeAsync(
            [
                new Opinion("O-NEW-2", dataset.Units[0].Id, "新意见二", new DateOnly(2014, 7, 2)),
                new Opinion("O-NEW-1", dataset.Units[0].Id, "新意见一", new DateOnly(2014, 7, 1)),
            ]);
        }

        var loaded = await store.LoadAsync();
        loaded.Opinions.Select(o => o.Id).Should().Equal([.. dataset.Opinions.Select(o => o.Id), "O-NEW-2", "O-NEW-1"]);
    }

    private async Task SecondSaveFails(Provider provider)
    {
        var store = await NewStoreAsync(provider);
        await store.ImportAsync(Preset(DatasetPreset.District));
        await using var first = store.CreateDbContext();
        await using var second = store.CreateDbContext();
        var id = (await new CampaignRepository<Rectification>(first).FirstOrDefaultAsync(new OpenRectifications()))!.Id;
        var mine = await first.Rectifications.SingleAsync(r => r.Id == id);
        var theirs = await second.Rectifications.SingleAsync(r => r.Id == id);

        mine.AddEvidence(new Evidence(EvidenceKind.Document, "first clerk"));
        await first.SaveChangesAsync();
        theirs.AddEvidence(new Evidence(EvidenceKind.Photo, "second clerk"));
        var act = () => second.SaveChangesAsync();

        var refused = await act.Should().ThrowAsync<CampaignStoreConcurrencyException>();
        refused.Which.RecordIds.Should().Equal($"Rectification '{id}'");
        refused.Which.Message.Should().Contain(id).And.Contain("Nothing was saved");
        await using var check = store.CreateDbContext();
        var saved = await check.Rectifications.AsNoTracking().SingleAsync(r => r.Id == id);
        saved.Evidence.Select(e => e.Reference).Should().Contain("first clerk").And.NotContain("second clerk");
    }

    private async Task SequentialEdits(Provider provider)
    {
        var store = await NewStoreAsync(provider);
        await store.ImportAsync(Preset(DatasetPreset.District));
        string id;
        await using (var context = store.CreateDbContext())
        {
            var item = (await new CampaignRepository<Rectification>(context).FirstOrDefaultAsync(new OpenRectifications()))!;
            id = item.Id;
            item.AddEvidence(new Evidence(EvidenceKind.Document, "one"));
            await context.SaveChangesAsync();
            item.AddEvidence(new Evidence(EvidenceKind.Document, "two"));
            await context.SaveChangesAsync();
        }

        await using (var context = store.CreateDbContext())
        {
            var item = await context.Rectifications.SingleAsync(r => r.Id == id);
            item.Complete(new DateOnly(2014, 7, 1), [new Evidence(EvidenceKind.FieldVisit, "three")]);
            await context.SaveChangesAsync();
        }

        var loaded = (await store.LoadAsync()).FindRectification(id)!;
        loaded.Status.Should().Be(RectificationStatus.Completed);
        loaded.Evidence.Select(e => e.Reference).Should().EndWith(["one", "two", "three"]);
    }
}
