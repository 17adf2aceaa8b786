using Microsoft.EntityFrameworkCore.Design;

namespace Campaign.Domain.EntityFrameworkCore.Migrations;

/// <summary>For <c>dotnet ef migrations add … --context SqliteCampaignDbContext</c>: a context on a scratch file.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCampaignDbContext>
{
    public SqliteCampaignDbContext CreateDbContext(string[] args) =>
        (SqliteCampaignDbContext)CampaignStore.Sqlite("design-time.db").CreateDbContext();
}
