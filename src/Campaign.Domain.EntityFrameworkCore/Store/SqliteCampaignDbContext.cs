using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>The context on SQLite, with the SQLite migrations.</summary>
internal sealed class SqliteCampaignDbContext : CampaignDbContext
{
    public SqliteCampaignDbContext(DbContextOptions<SqliteCampaignDbContext> options)
        : base(options)
    {
    }

    public override CampaignStoreProvider Provider => CampaignStoreProvider.Sqlite;
}
