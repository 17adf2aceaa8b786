using Microsoft.EntityFrameworkCore.Design;

namespace Campaign.Domain.EntityFrameworkCore.Migrations;

/// <summary>For <c>dotnet ef migrations add … --context PostgreSqlCampaignDbContext</c>: no server is contacted.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCampaignDbContext>
{
    public PostgreSqlCampaignDbContext CreateDbContext(string[] args) =>
        (PostgreSqlCampaignDbContext)CampaignStore.PostgreSql("Host=localhost;Database=campaign_design").CreateDbContext();
}
