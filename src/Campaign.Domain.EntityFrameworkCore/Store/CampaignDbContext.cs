using Campaign.Domain.Campaigns;
using Campaign.Domain.Events;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// The EF Core unit of work over a campaign store: the campaign, its units, people, opinions, problems and
/// rectifications, mapped as the domain types themselves (no data classes). Change entities through their intention
/// methods (<c>rectification.Complete(…)</c>) and call <see cref="DbContext.SaveChangesAsync(CancellationToken)"/>.
/// </summary>
/// <remarks>
/// <para>Get a context from <see cref="CampaignStore.CreateDbContext"/> or from dependency injection
/// (<see cref="CampaignStoreServiceCollectionExtensions.AddCampaignStore(Microsoft.Extensions.DependencyInjection.IServiceCollection, string)"/>);
/// each provider has its own derived context and migrations.</para>
/// <para>Every record carries a version: saving a record that another context saved since this one read it throws
/// <see cref="CampaignStoreConcurrencyException"/> and saves nothing of the unit of work. Records added through a
/// context are placed after the existing ones in the dataset order.</para>
/// </remarks>
public abstract class CampaignDbContext : DbContext
{
    // The hub that follows every tracked record; its events wait here until a save logs them.
    private readonly DomainEvents _events = new();
    private readonly List<IDomainEvent> _pendingEvents = [];
    private bool _accepting;

    /// <summary>Creates a context (for the provider-specific derived contexts).</summary>
    /// <param name="options">The options, naming the provider and its connection.</param>
    private protected CampaignDbContext(DbContextOptions options)
        : base(options)
    {
        _events.Subscribe(_pendingEvents.Add);
        ChangeTracker.Tracked += (_, e) => Follow(e.Entry.Entity);
        ChangeTracker.StateChanged += (_, e) =>
        {
            // A record's changes given up without a save (entry.Reload() after a conflict, a detach): so are its events.
            if (!_accepting && e.OldState is EntityState.Modified && e.NewState is EntityState.Unchanged or EntityState.Detached)
            {
                _pendingEvents.RemoveAll(x => ReferenceEquals(RecordOf(x), e.Entry.Entity));
            }
        };
    }

    /// <summary>The campaign: one row once a dataset is imported.</summary>
    public DbSet<CampaignRun> Campaigns => Set<CampaignRun>();

    /// <summary>The units.</summary>
    public DbSet<Unit> Units => Set<Unit>();

    /// <summary>The people.</summary>
    public DbSet<Person> People => Set<Person>();

    /// <summary>The opinions.</summary>
    public DbSet<Opinion> Opinions => Set<Opinion>();

    /// <summary>The problems.</summary>
    public DbSet<Problem> Problems => Set<Problem>();

    /// <summary>The rectifications.</summary>
    public DbSet<Rectification> Rectifications => Set<Rectification>();

    /// <summary>The provider of this context.</summary>
    public abstract CampaignStoreProvider Provider { get; }

    /// <inheritdoc />
    /// <exception cref="CampaignStoreConcurrencyException">A changed record was saved by someone else since it was read; nothing was saved.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveCoreAsync(acceptAllChangesOnSuccess, async: false, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc />
    /// <exception cref="CampaignStoreConcurrencyException">A changed record was saved by someone else since it was read; nothing was saved.</exception>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(acceptAllChangesOnSuccess, async: true, cancellationToken);

    // The changes and their change log rows are written in one transaction (the caller's, when one is open), and
    // the tracker accepts the changes only once it is committed: a refused save leaves the log, the store and the
    // context's pending changes as they were.
    private async Task<int> SaveCoreAsync(bool acceptAllChangesOnSuccess, bool async, CancellationToken cancellationToken)
    {
        PrepareSave();
        var changes = PendingChanges();
        var transaction = changes.Count > 0 && Database.CurrentTransaction is null
            ? async ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : Database.BeginTransaction()
            : null;
        try
        {
            var saved = async
                ? await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken).ConfigureAwait(false)
                : base.SaveChanges(acceptAllChangesOnSuccess: false);
            if (changes.Count > 0)
            {
                var dbTransaction = Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(Database.CurrentTransaction!);
                var append = ChangeLogTable.AppendAsync(Provider, Database.GetDbConnection(), dbTransaction, changes, cancellationToken);
                if (async)
                {
                    await append.ConfigureAwait(false);
                }
                else
                {
                    append.GetAwaiter().GetResult();
                }
            }

            if (transaction is not null)
            {
                if (async)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    transaction.Commit();
                }
            }

            _pendingEvents.Clear();
            if (acceptAllChangesOnSuccess)
            {
                _accepting = true;
                try
                {
                    ChangeTracker.AcceptAllChanges();
                }
                finally
                {
                    _accepting = false;
                }
            }

            return saved;
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw CampaignStoreConcurrencyException.From(e);
        }
        finally
        {
            if (transaction is not null)
            {
                if (async)
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }
                else
                {
                    transaction.Dispose();
                }
            }
        }
    }

    private void Follow(object entity)
    {
        switch (entity)
        {
            case Rectification rectification:
                _events.Follow(rectification);
                break;
            case Opinion opinion:
                _events.Follow(opinion);
                break;
            case Unit unit:
                _events.Follow(unit);
                break;
            case WeakLaxOrganisation organisation:
                _events.Follow(organisation);
                break;
        }
    }

    // Added records first (parents before children), then the records' events in the order they were raised, then
    // removed records (children first): the order a follower replays them in.
    private List<StoredChange> PendingChanges()
    {
        var changes = new List<StoredChange>();
        List<(int Order, StoredChange Change)>? added = null;
        List<(int Order, StoredChange Change)>? removed = null;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Deleted) || RecordOf(entry.Entity) is not ({ } type, { } id, var order))
            {
                continue;
            }

            var change = new StoredChange(0, type, id, entry.State == EntityState.Added ? ChangeLogCodec.Added : ChangeLogCodec.Removed, "{}");
            (entry.State == EntityState.Added ? added ??= [] : removed ??= []).Add((order, change));
        }

        if (added is not null)
        {
            changes.AddRange(added.OrderBy(x => x.Order).Select(x => x.Change));
        }

        foreach (var domainEvent in _pendingEvents)
        {
            var unitId = domainEvent is IWeakLaxOrganisationEvent { Organisation: var organisation }
                ? ChangeTracker.Entries<Unit>().FirstOrDefault(u => ReferenceEquals(u.Entity.WeakLax, organisation))?.Entity.Id
                : null;
            changes.Add(ChangeLogCodec.Encode(domainEvent, unitId));
        }

        if (removed is not null)
        {
            changes.AddRange(removed.OrderByDescending(x => x.Order).Select(x => x.Change));
        }

        return changes;
    }

    private static object? RecordOf(IDomainEvent domainEvent) => domainEvent switch
    {
        IRectificationEvent e => e.Rectification,
        IOpinionEvent e => e.Opinion,
        IWeakLaxOrganisationEvent e => e.Organisation,
        _ => null,
    };

    private static (string? Type, string? Id, int Order) RecordOf(object entity) => entity switch
    {
        Unit u => (nameof(Unit), u.Id, 0),
        Person p => (nameof(Person), p.Id, 1),
        Opinion o => (nameof(Opinion), o.Id, 2),
        Problem p => (nameof(Problem), p.Id, 3),
        Rectification r => (nameof(Rectification), r.Id, 4),
        _ => (null, null, 0),
    };

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        CampaignModelConfiguration.Apply(modelBuilder, Provider == CampaignStoreProvider.PostgreSql);

    // Versions go up by one on every saved change (the original value stays the WHERE condition); added records are
    // numbered after the last position of their table.
    private void PrepareSave()
    {
        ChangeTracker.DetectChanges();
        Dictionary<Type, long>? next = null;
        // A copy: marking an owner modified changes the tracker's collections.
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.Metadata.IsOwned() || entry.Metadata.FindProperty(StoreNames.VersionProperty) is null)
            {
                if (entry.Metadata.IsOwned() && entry.State == EntityState.Modified)
                {
                    BumpOwner(entry);
                }

                continue;
            }

            if (entry.State == EntityState.Modified)
            {
                Bump(entry);
            }
            else if (entry.State == EntityState.Added)
            {
                next ??= [];
                var type = entry.Metadata.ClrType;
                if (!next.TryGetValue(type, out var position))
                {
                    position = NextPosition(type);
                }

                entry.Property(StoreNames.PositionProperty).CurrentValue = position;
                next[type] = position + 1;
            }
        }
    }

    private void BumpOwner(EntityEntry owned)
    {
        var ownership = owned.Metadata.FindOwnership();
        if (ownership is null)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Metadata == ownership.PrincipalEntityType && ReferenceEquals(entry.Reference(ownership.PrincipalToDependent!.Name).CurrentValue, owned.Entity))
            {
                if (entry.State == EntityState.Unchanged)
                {
                    entry.State = EntityState.Modified;
                }

                if (entry.State == EntityState.Modified && !entry.Property(StoreNames.VersionProperty).IsModified)
                {
                    Bump(entry);
                }

                return;
            }
        }
    }

    private static void Bump(EntityEntry entry)
    {
        var version = entry.Property(StoreNames.VersionProperty);
        version.CurrentValue = (int)version.OriginalValue! + 1;
    }

    private long NextPosition(Type type)
    {
        long? last = type == typeof(Unit) ? Units.Max(x => (long?)EF.Property<long>(x, StoreNames.PositionProperty))
            : type == typeof(Person) ? People.Max(x => (long?)EF.Property<long>(x, StoreNames.PositionProperty))
            : type == typeof(Opinion) ? Opinions.Max(x => (long?)EF.Property<long>(x, StoreNames.PositionProperty))
            : type == typeof(Problem) ? Problems.Max(x => (long?)EF.Property<long>(x, StoreNames.PositionProperty))
            : type == typeof(Rectification) ? Rectifications.Max(x => (long?)EF.Property<long>(x, StoreNames.PositionProperty))
            : null;
        return (last ?? -1) + 1;
    }
}
