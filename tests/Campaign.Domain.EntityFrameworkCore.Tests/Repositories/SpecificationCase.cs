using Campaign.Domain.Campaigns;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Repositories;

/// <summary>A specification and what it selects, in memory and through a store's repository.</summary>
public sealed record SpecificationCase(
    string Name,
    bool Ordered,
    Func<CampaignDataset, List<string>> InMemory,
    Func<CampaignDbContext, CampaignDataset, Task<List<string>>> InStore);
