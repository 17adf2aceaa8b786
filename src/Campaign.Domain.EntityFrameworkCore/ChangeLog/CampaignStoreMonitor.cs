using Campaign.Compliance;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Monitoring;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// A <see cref="ComplianceMonitor"/> that follows a store: it loads the dataset once, then applies the store's
/// committed changes, read from its change log in commit order, whoever made them (this process or another).
/// Save a unit of work with <see cref="SaveChangesAsync"/> to get the findings it added and removed; a save the
/// database refuses changes no finding. Not thread-safe.
/// </summary>
/// <remarks>
/// <para>Changes of records (a rectification rescheduled, an opinion claimed, a weak-and-lax record consolidated) are
/// replayed on the monitor's own records, as are added problems and rectifications and removed problems. A change
/// the monitor cannot follow record by record (an import, an added or removed unit, person or opinion, a removed
/// rectification) makes it load the dataset again and compare the findings; <see cref="Monitor"/> is then a new
/// monitor.</para>
/// <para>The evaluation date stays the one the monitor started with.</para>
/// </remarks>
public sealed class CampaignStoreMonitor : IDisposable
{
    private readonly CampaignStore _store;
    private readonly ComplianceChecker _checker;
    private readonly DatasetReadOptions? _readOptions;

    private CampaignStoreMonitor(CampaignStore store, ComplianceChecker checker, DatasetReadOptions? readOptions, CampaignDataset dataset, ComplianceMonitor monitor, long sequence)
    {
        _store = store;
        _checker = checker;
        _readOptions = readOptions;
        Dataset = dataset;
        Monitor = monitor;
        Sequence = sequence;
    }

    /// <summary>The monitor of the store's dataset (a new one after a reload).</summary>
    public ComplianceMonitor Monitor { get; private set; }

    /// <summary>The dataset the monitor follows, as loaded (its lists do not grow with added records).</summary>
    public CampaignDataset Dataset { get; private set; }

    /// <summary>The sequence of the last change log row applied.</summary>
    public long Sequence { get; private set; }

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf => Monitor.AsOf;

    /// <summary>The findings that hold now, in report order.</summary>
    public IReadOnlyList<Finding> Current => Monitor.Current;

    /// <summary>Loads the store's dataset with the sequence of its last change and starts monitoring it.</summary>
    /// <param name="store">The store; it is migrated first.</param>
    /// <param name="checker">The checker whose rules and options the monitor uses.</param>
    /// <param name="asOf">The evaluation date; null for the campaign's asOf, else today.</param>
    /// <param name="readOptions">The reader's options (focus catalog); null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The monitor.</returns>
    /// <exception cref="CampaignStoreStateException">The store holds no dataset.</exception>
    public static async Task<CampaignStoreMonitor> StartAsync(CampaignStore store, ComplianceChecker checker, DateOnly? asOf = null, DatasetReadOptions? readOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(checker);
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var (dataset, sequence) = await store.LoadSnapshotAsync(readOptions, cancellationToken).ConfigureAwait(false);
        return new CampaignStoreMonitor(store, checker, readOptions, dataset, checker.CreateMonitor(dataset, asOf), sequence);
    }

    /// <summary>
    /// Saves the unit of work (<see cref="DbContext.SaveChangesAsync(CancellationToken)"/>) and, once it is committed,
    /// applies the change log up to it: the findings its changes (and any change committed by others since the last
    /// catch-up) added and removed. When the save throws, the monitor's findings are unchanged.
    /// </summary>
    /// <param name="context">A context of this monitor's store.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The findings added and removed.</returns>
    /// <exception cref="CampaignStoreConcurrencyException">A record changed was saved by someone else since it was read; nothing was saved.</exception>
    /// <exception cref="DbUpdateException">The database refused the changes (a foreign key, a check constraint); nothing was saved.</exception>
    public async Task<FindingsChange> SaveChangesAsync(CampaignDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var changes = await CatchUpCoreAsync(oneChange: true, cancellationToken).ConfigureAwait(false);
        return changes.Count == 0 ? new FindingsChange([], []) : changes[0].Findings;
    }

    /// <summary>Applies every change committed since the last one applied, each with the findings it added and removed.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One entry per change log row (a reload counts the rows it covered as one), in commit order; empty when nothing changed.</returns>
    public Task<IReadOnlyList<MonitoredChange>> CatchUpAsync(CancellationToken cancellationToken = default) =>
        CatchUpCoreAsync(oneChange: false, cancellationToken);

    /// <summary>Disposes the monitor.</summary>
    public void Dispose() => Monitor.Dispose();

    private async Task<IReadOnlyList<MonitoredChange>> CatchUpCoreAsync(bool oneChange, CancellationToken cancellationToken)
    {
        var (rows, added) = await ReadAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var results = new List<MonitoredChange>();
        var applied = 0;
        if (oneChange)
        {
            var findings = Monitor.Apply(() => applied = ReplayAll(rows, added, stopAtFirstFailure: true));
            if (applied == rows.Count)
            {
                Sequence = rows[^1].Sequence;
                return [new MonitoredChange(rows[^1], findings, Reloaded: false)];
            }

            var reload = await ReloadAsync(cancellationToken).ConfigureAwait(false);
            return [new MonitoredChange(rows[applied], Merge(findings, reload), Reloaded: true)];
        }

        foreach (var row in rows)
        {
            var ok = true;
            var findings = Monitor.Apply(() => ok = Replay(row, added));
            if (!ok)
            {
                results.Add(new MonitoredChange(row, Merge(findings, await ReloadAsync(cancellationToken).ConfigureAwait(false)), Reloaded: true));
                return results;
            }

            Sequence = row.Sequence;
            results.Add(new MonitoredChange(row, findings, Reloaded: false));
        }

        return results;
    }

    private int ReplayAll(List<StoredChange> rows, Dictionary<string, object?> added, bool stopAtFirstFailure)
    {
        var count = 0;
        foreach (var row in rows)
        {
            if (!Replay(row, added) && stopAtFirstFailure)
            {
                return count;
            }

            count++;
        }

        return count;
    }

    // The records added in this batch are loaded in the same snapshot as the rows, so they already carry the later
    // rows' changes: those rows are skipped.
    private bool Replay(StoredChange row, Dictionary<string, object?> added)
    {
        var key = row.RecordType + "\n" + row.RecordId;
        switch (row.Change)
        {
            case ChangeLogCodec.Added when added.TryGetValue(key, out var record):
                switch (record)
                {
                    case Problem problem:
                        Monitor.AddProblem(problem);
                        return true;
                    case Rectification rectification:
                        Monitor.AddRectification(rectification);
                        return true;
                    case null:
                        // Added and removed again within the rows read: the monitor never needs to see it.
                        return true;
                    default:
                        return false;
                }

            case ChangeLogCodec.Removed when added.TryGetValue(key, out var record):
                return record is null;
            case ChangeLogCodec.Removed when row.RecordType == nameof(Problem):
                if (Monitor.FindProblem(row.RecordId) is null)
                {
                    return false;
                }

                Monitor.RemoveProblem(row.RecordId);
                return true;
            case ChangeLogCodec.Added or ChangeLogCodec.Removed or ChangeLogCodec.DatasetImported:
                return false;
            default:
                if (added.ContainsKey(key))
                {
                    return true;
                }

                try
                {
                    return ChangeLogCodec.TryReplay(row, Monitor);
                }
                catch (InvalidOperationException)
                {
                    // The monitor's copy refused the change: it no longer matches the store, so it is loaded again.
                    return false;
                }
        }
    }

    private async Task<(List<StoredChange> Rows, Dictionary<string, object?> Added)> ReadAsync(CancellationToken cancellationToken)
    {
        var context = _store.CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await CampaignStore.BeginReadAsync(context, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var rows = await ChangeLogTable.ReadAsync(context.Database.GetDbConnection(), transaction, Sequence, cancellationToken).ConfigureAwait(false);
                var added = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var row in rows)
                {
                    if (row.Change != ChangeLogCodec.Added)
                    {
                        continue;
                    }

                    var key = row.RecordType + "\n" + row.RecordId;
                    added[key] = row.RecordType switch
                    {
                        nameof(Problem) => await context.Problems.AsNoTracking().SingleOrDefaultAsync(p => p.Id == row.RecordId, cancellationToken).ConfigureAwait(false),
                        nameof(Rectification) => await context.Rectifications.AsNoTracking().SingleOrDefaultAsync(r => r.Id == row.RecordId, cancellationToken).ConfigureAwait(false),
                        _ => row,
                    };
                }

                return (rows, added);
            }
        }
    }

    private async Task<FindingsChange> ReloadAsync(CancellationToken cancellationToken)
    {
        var before = Monitor.Current;
        var (dataset, sequence) = await _store.LoadSnapshotAsync(_readOptions, cancellationToken).ConfigureAwait(false);
        var monitor = _checker.CreateMonitor(dataset, Monitor.AsOf);
        Monitor.Dispose();
        Monitor = monitor;
        Dataset = dataset;
        Sequence = sequence;
        return Difference(before, monitor.Current);
    }

    private static FindingsChange Difference(IReadOnlyList<Finding> before, IReadOnlyList<Finding> after)
    {
        var old = new Dictionary<Finding, Finding>(before.Count);
        foreach (var finding in before)
        {
            old[finding] = finding;
        }

        var added = new List<Finding>();
        foreach (var finding in after)
        {
            if (old.Remove(finding, out var previous) && previous.HasSameContent(finding))
            {
                continue;
            }

            added.Add(finding);
            if (previous is not null)
            {
                old[previous] = previous;
            }
        }

        var removed = before.Where(old.ContainsKey).ToList();
        return new FindingsChange(added, removed);
    }

    // A partial replay followed by a reload: the reload's difference is taken against the findings after the
    // partial replay, so the two are joined, a finding added and then removed again cancelling out.
    private static FindingsChange Merge(FindingsChange first, FindingsChange second)
    {
        if (first.IsEmpty)
        {
            return second;
        }

        var added = first.Added.Where(f => !second.Removed.Contains(f)).Concat(second.Added).ToList();
        var removed = first.Removed.Where(f => !second.Added.Any(a => a.Equals(f) && a.HasSameContent(f))).Concat(second.Removed.Where(f => !first.Added.Contains(f))).ToList();
        return new FindingsChange(added, removed);
    }
}
