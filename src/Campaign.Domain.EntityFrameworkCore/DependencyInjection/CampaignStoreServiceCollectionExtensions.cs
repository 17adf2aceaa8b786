using Ardalis.Specification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>Registers a campaign store in dependency injection.</summary>
public static class CampaignStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store named by <paramref name="pathOrConnectionString"/> (see <see cref="CampaignStore.Open"/>: a
    /// SQLite file path, or a PostgreSQL connection string naming a <c>Host</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="pathOrConnectionString">The SQLite path or the PostgreSQL connection string.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddCampaignStore(this IServiceCollection services, string pathOrConnectionString) =>
        services.AddCampaignStore(CampaignStore.Open(pathOrConnectionString));

    /// <summary>
    /// Registers <paramref name="store"/> (singleton), a <see cref="CampaignDbContext"/> per scope, and
    /// <see cref="IRepositoryBase{T}"/> / <see cref="IReadRepositoryBase{T}"/> as <see cref="CampaignRepository{T}"/> per scope.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="store">The store, e.g. <c>CampaignStore.Sqlite("ledger.db")</c>.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCampaignStore(this IServiceCollection services, CampaignStore store)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(store);
        services.TryAddSingleton(store);
        services.TryAddScoped(sp => sp.GetRequiredService<CampaignStore>().CreateDbContext());
        services.TryAddScoped(typeof(IRepositoryBase<>), typeof(CampaignRepository<>));
        services.TryAddScoped(typeof(IReadRepositoryBase<>), typeof(CampaignRepository<>));
        return services;
    }
}
