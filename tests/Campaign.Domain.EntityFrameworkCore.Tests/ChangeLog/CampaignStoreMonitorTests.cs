using Campaign.Compliance;
using Campaign.Compliance.Findings;
using Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Campaign.Domain.Opinions;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore.Tests.ChangeLog;

public class CampaignStoreMonitorTests(PostgreSqlServer server) : StoreTestBase(server)
{
    private static readonly ComplianceChecker Checker = new();

    [Fact]
    public Task SaveChanges_ReschedulingAnOverdueRectificationOnSqlite_ReturnsTheWithdrawnFinding() => SaveChanges_ReschedulingAnOverdueRectification_ReturnsTheWithdrawnFinding(Provider.Sqlite);

    [PostgreSqlFact]
    public Task SaveChanges_ReschedulingAnOverdueRectificationOnPostgreSql_ReturnsTheWithdrawnFinding() => SaveChanges_ReschedulingAnOverdueRectification_ReturnsTheWithdrawnFinding(Provider.PostgreSql);

    private async Task SaveChanges_ReschedulingAnOverdueRectification_ReturnsTheWithdrawnFinding(Provider provider)
    {
        var (store, monitor) = await StartAsync(provider);
        using var _ = monitor;
        var overdue = monitor.Current.First(f => f.RuleId == "OVD-001");

        await using var context = store.CreateDbContext();
        var rectification = await context.Rectifications.SingleAsync(r => r.Id == overdue.SubjectId);
        rectification.Reschedule(monitor.AsOf.AddDays(30));
        var change = await monitor.SaveChangesAsync(context);

        change.Removed.Should().Contain(overdue);
        change.Added.Should().NotContain(f => f.RuleId == "OVD-001" && f.SubjectId == overdue.SubjectId);
        monitor.Current.Should().NotContain(overdue);
        await ShouldEqualAFreshCheck(store, monitor);
    }

    [Fact]
    public Task SaveChanges_ConcurrencyConflictOnSqlite_LeavesTheFindingsUnchanged() => SaveChanges_ConcurrencyConflict_LeavesTheFindingsUnchanged(Provider.Sqlite);

    [PostgreSqlFact]
    public Task SaveChanges_ConcurrencyConflictOnPostgreSql_LeavesTheFindingsUnchanged() => SaveChanges_ConcurrencyConflict_LeavesTheFindingsUnchanged(Provider.PostgreSql);

    private async Task SaveChanges_ConcurrencyConflict_LeavesTheFindingsUnchanged(Provider provider)
    {
        var (store, monitor) = await StartAsync(provider);
        using var _ = monitor;
        var overdue = monitor.Current.First(f => f.RuleId == "OVD-001");
        await using var first = store.CreateDbContext();
        await using var second = store.CreateDbContext();
        var mine = await first.Rectifications.SingleAsync(r => r.Id == overdue.SubjectId);
        var theirs = await second.Rectifications.SingleAsync(r => r.Id == overdue.SubjectId);
        mine.AddEvidence(new Evidence(EvidenceKind.Document, "minutes"));
        (await monitor.SaveChangesAsync(first)).IsEmpty.Should().BeTrue("evidence on an open item changes no finding");
        var before = Contents(monitor.Current);
        var sequence = monitor.Sequence;

        theirs.Reschedule(monitor.AsOf.AddDays(30));
        var act = () => monitor.SaveChangesAsync(second);

        await act.Should().ThrowAsync<CampaignStoreConcurrencyException>();
        Contents(monitor.Current).Should().Equal(before);
        monitor.Current.Should().Contain(overdue);
        monitor.Sequence.Should().Be(sequence);
        (await store.ReadChangesAsync(sequence)).Should().BeEmpty("the refused unit of work logged nothing");
        (await monitor.CatchUpAsync()).Should().BeEmpty();
        await ShouldEqualAFreshCheck(store, monitor);
    }

    [Fact]
    public async Task SaveChanges_AfterAConflict_TheReloadedAndRedoneChangeIsLoggedOnce()
    {
        var (store, monitor) = await StartAsync(Provider.Sqlite);
        using var _ = monitor;
        var id = monitor.Current.First(f => f.RuleId == "OVD-001").SubjectId;
        await using var first = store.CreateDbContext();
        await using var second = store.CreateDbContext();
        var mine = await first.Rectifications.SingleAsync(r => r.Id == id);
        var theirs = await second.Rectifications.SingleAsync(r => r.Id == id);
        mine.Reschedule(monitor.AsOf.AddDays(5));
        await monitor.SaveChangesAsync(first);
        theirs.AddEvidence(new Evidence(EvidenceKind.Photo, "before.jpg"));
        await FluentActions.Invoking(() => monitor.SaveChangesAsync(second)).Should().ThrowAsync<CampaignStoreConcurrencyException>();

        // What the message tells the clerk's app to do: load the record again, apply the change again, save.
        second.Entry(theirs).State = EntityState.Detached;
        theirs = await second.Rectifications.SingleAsync(r => r.Id == id);
        theirs.AddEvidence(new Evidence(EvidenceKind.Photo, "after.jpg"));
        await monitor.SaveChangesAsync(second);

        var logged = (await store.ReadChangesAsync(0)).Where(c => c.Change == "RectificationEvidenceAdded").ToList();
        logged.Should().ContainSingle().Which.Payload.Should().Contain("after.jpg");
        monitor.Monitor.FindRectification(id)!.Evidence.Select(e => e.Reference).Should().Equal((await store.LoadAsync()).FindRectification(id)!.Evidence.Select(e => e.Reference));
        await ShouldEqualAFreshCheck(store, monitor);
    }

    [Fact]
    public Task SaveChanges_ConstraintViolationOnSqlite_LeavesTheFindingsUnchanged() => SaveChanges_ConstraintViolation_LeavesTheFindingsUnchanged(Provider.Sqlite);

    [PostgreSqlFact]
    public Task SaveChanges_ConstraintViolationOnPostgreSql_LeavesTheFindingsUnchanged() => SaveChanges_ConstraintViolation_LeavesTheFindingsUnchanged(Provider.PostgreSql);

    private async Task SaveChanges_ConstraintViolation_LeavesTheFindingsUnchanged(Provider provider)
    {
        var (store, monitor) = await StartAsync(provider);
        using var _ = monitor;
        var overdue = monitor.Current.First(f => f.RuleId == "OVD-001");
        var before = Contents(monitor.Current);
        var sequence = monitor.Sequence;
        await using var context = store.CreateDbContext();
        var rectification = await context.Rectifications.SingleAsync(r => r.Id == overdue.SubjectId);

        // Both changes in one unit of work: the first would withdraw OVD-001, the second names no person.
        rectification.Reschedule(monitor.AsOf.AddDays(30));
        rectification.AssignResponsiblePerson("P-NO-SUCH-PERSON");
        var act = () => monitor.SaveChangesAsync(context);

        await act.Should().ThrowAsync<DbUpdateException>();
        Contents(monitor.Current).Should().Equal(before);
        monitor.Sequence.Should().Be(sequence);
        (await store.ReadChangesAsync(sequence)).Should().BeEmpty();
        var stored = (await store.LoadAsync()).FindRectification(overdue.SubjectId)!;
        stored.Deadline.Should().NotBe(monitor.AsOf.AddDays(30));
    }

    [Fact]
    public Task CatchUp_ChangesSavedByAnotherContextOnSqlite_AreAppliedOneByOne() => CatchUp_ChangesSavedByAnotherContext_AreAppliedOneByOne(Provider.Sqlite);

    [PostgreSqlFact]
    public Task CatchUp_ChangesSavedByAnotherContextOnPostgreSql_AreAppliedOneByOne() => CatchUp_ChangesSavedByAnotherContext_AreAppliedOneByOne(Provider.PostgreSql);

    private async Task CatchUp_ChangesSavedByAnotherContext_AreAppliedOneByOne(Provider provider)
    {
        var (store, monitor) = await StartAsync(provider);
        using var _ = monitor;
        var overdue = monitor.Current.First(f => f.RuleId == "OVD-001");
        var opinion = (await store.LoadAsync()).Opinions.First(o => !o.IsClaimed);

        // Another clerk: a plain context, no monitor.
        await using (var context = store.CreateDbContext())
        {
            (await context.Rectifications.SingleAsync(r => r.Id == overdue.SubjectId)).Reschedule(monitor.AsOf.AddDays(10));
            (await context.Opinions.SingleAsync(o => o.Id == opinion.Id)).Claim(opinion.ReceivedOn);
            await context.SaveChangesAsync();
        }

        var changes = await monitor.CatchUpAsync();

        changes.Select(c => (c.Change.RecordId, c.Change.Change)).Should().Equal(
            (overdue.SubjectId, "RectificationRescheduled"),
            (opinion.Id, "OpinionClaimed"));
        changes.Should().OnlyContain(c => !c.Reloaded);
        changes[0].Findings.Removed.Should().Contain(overdue);
        changes[0].Change.Payload.Should().Contain(monitor.AsOf.AddDays(10).ToString("yyyy-MM-dd"));
        monitor.Sequence.Should().Be(changes[^1].Change.Sequence);
        (await monitor.CatchUpAsync()).Should().BeEmpty();
        await ShouldEqualAFreshCheck(store, monitor);
    }

    [Fact]
    public Task SaveChanges_AddedProblemAndRectificationOnSqlite_AreFollowedWithoutAReload() => SaveChanges_AddedProblemAndRectification_AreFollowedWithoutAReload(Provider.Sqlite);

    [PostgreSqlFact]
    public Task SaveChanges_AddedProblemAndRectificationOnPostgreSql_AreFollowedWithoutAReload() => SaveChanges_AddedProblemAndRectification_AreFollowedWithoutAReload(Provider.PostgreSql);

    private async Task SaveChanges_AddedProblemAndRectification_AreFollowedWithoutAReload(Provider provider)
    {
        var (store, monitor) = await StartAsync(provider);
        using var _ = monitor;
        var dataset = monitor.Dataset;
        var unit = dataset.Units[0];
        var day = monitor.AsOf.AddDays(-60);
        await using var context = store.CreateDbContext();
        context.Problems.Add(new Problem("PB-NEW-1", unit.Id, ProblemOwner.Team, ProblemCategory.Work, "会议多文件多，调研不深入", ProblemSource.SelfExamination, day));
        var rectification = new Rectification("R-NEW-1", ["PB-NEW-1"], "精简会议文件", RectificationMode.Scheduled, deadline: day.AddDays(10));
        context.Rectifications.Add(rectification);
        rectification.Start();

        var change = await monitor.SaveChangesAsync(context);

        change.Added.Should().Contain(f => f.RuleId == "OVD-001" && f.SubjectId == "R-NEW-1");
        monitor.Monitor.FindRectification("R-NEW-1")!.Status.Should().Be(RectificationStatus.InProgress);
        await ShouldEqualAFreshCheck(store, monitor);

        // Completing it later, from another context, withdraws the finding again.
        await using var later = store.CreateDbContext();
        (await later.Rectifications.SingleAsync(r => r.Id == "R-NEW-1")).Complete(day.AddDays(5), [new Evidence(EvidenceKind.Document, "纪要")]);
        var completed = await monitor.SaveChangesAsync(later);
        completed.Removed.Should().Contain(f => f.RuleId == "OVD-001" && f.SubjectId == "R-NEW-1");
        await ShouldEqualAFreshCheck(store, monitor);
    }

    [Fact]
    public Task CatchUp_AnAddedOpinionOrAReplacedDatasetOnSqlite_ReloadsAndReportsTheDifference() => CatchUp_AnAddedOpinionOrAReplacedDataset_ReloadsAndReportsTheDifference(Provider.Sqlite);

    [PostgreSqlFact]
    public Task CatchUp_AnAddedOpinionOrAReplacedDatasetOnPostgreSql_ReloadsAndReportsTheDifference() => CatchUp_AnAddedOpinionOrAReplacedDataset_ReloadsAndReportsTheDifference(Provider.PostgreSql);

    private async Task CatchUp_AnAddedOpinionOrAReplacedDataset_ReloadsAndReportsTheDifference(Provider provider)
    {
        var (store, monitor) = await StartAsync(provider);
        using var _ = monitor;
        var first = monitor.Monitor;
        await using (var context = store.CreateDbContext())
        {
            context.Opinions.Add(new Opinion("O-NEW-1", monitor.Dataset.Units[0].Id, "群众反映办事难", monitor.AsOf.AddDays(-200)));
            await context.SaveChangesAsync();
        }

        var changes = await monitor.CatchUpAsync();

        changes.Should().ContainSingle().Which.Reloaded.Should().BeTrue();
        changes[0].Change.Should().Match<StoredChange>(c => c.RecordType == "Opinion" && c.RecordId == "O-NEW-1" && c.Change == "Added");
        monitor.Monitor.Should().NotBeSameAs(first);
        monitor.Monitor.FindOpinion("O-NEW-1").Should().NotBeNull();
        await ShouldEqualAFreshCheck(store, monitor);

        var before = monitor.Current;
        await store.ImportAsync(Preset(DatasetPreset.District), replace: true);
        var replaced = await monitor.CatchUpAsync();
        replaced.Should().ContainSingle().Which.Change.Change.Should().Be("DatasetImported");
        Contents(before.Except(replaced[0].Findings.Removed).Concat(replaced[0].Findings.Added)).Order().Should().Equal(Contents(monitor.Current).Order());
        await ShouldEqualAFreshCheck(store, monitor);
    }

    [Fact]
    public async Task ChangeLog_Sqlite_RefusesUpdatesAndDeletes()
    {
        var (store, monitor) = await StartAsync(Provider.Sqlite);
        using var _ = monitor;
        await using var context = store.CreateDbContext();

        var update = () => context.Database.ExecuteSqlRawAsync("UPDATE change_log SET change = 'x'");
        var delete = () => context.Database.ExecuteSqlRawAsync("DELETE FROM change_log");

        (await update.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>()).Which.Message.Should().Contain("append-only");
        await delete.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>();
        (await store.ReadChangesAsync(0)).Should().ContainSingle().Which.Change.Should().Be("DatasetImported");
    }

    internal static List<string> Contents(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.UnitId} {f.RuleId} {f.SubjectId} {f.Severity} {string.Join(",", f.Details.Select(d => d.Key + "=" + d.Value))}").ToList();

    internal static async Task ShouldEqualAFreshCheck(CampaignStore store, CampaignStoreMonitor monitor, string because = "")
    {
        var fresh = Checker.Check(await store.LoadAsync(), monitor.AsOf).Findings;
        Contents(monitor.Current).Should().Equal(Contents(fresh), because);
    }

    private async Task<(CampaignStore Store, CampaignStoreMonitor Monitor)> StartAsync(Provider provider)
    {
        var store = await NewStoreAsync(provider);
        await store.ImportAsync(Preset(DatasetPreset.District));
        return (store, await CampaignStoreMonitor.StartAsync(store, Checker));
    }
}
