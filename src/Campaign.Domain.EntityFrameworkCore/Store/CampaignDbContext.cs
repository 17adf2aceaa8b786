using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using CampaignModel = Campaign.Domain.Campaigns.Campaign;

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
    /// <summary>Creates a context (for the provider-specific derived contexts).</summary>
    /// <param name="options">The options, naming the provider and its connection.</param>
    private protected CampaignDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The campaign: one row once a dataset is imported.</summary>
    public DbSet<CampaignModel> Campaigns => Set<CampaignModel>();

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
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw CampaignStoreConcurrencyException.From(e);
        }
    }

    /// <inheritdoc />
    /// <exception cref="CampaignStoreConcurrencyException">A changed record was saved by someone else since it was read; nothing was saved.</exception>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw CampaignStoreConcurrencyException.From(e);
        }
    }

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
