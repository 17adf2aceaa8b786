using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>The context on PostgreSQL, with the PostgreSQL migrations.</summary>
internal sealed class PostgreSqlCampaignDbContext : CampaignDbContext
{
    public PostgreSqlCampaignDbContext(DbContextOptions<PostgreSqlCampaignDbContext> options)
        : base(options)
    {
    }

    public override CampaignStoreProvider Provider => CampaignStoreProvider.PostgreSql;
}
