namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>The database behind a campaign store.</summary>
public enum CampaignStoreProvider
{
    /// <summary>SQLite: one file, embedded, no server (the default for one clerk).</summary>
    Sqlite,

    /// <summary>PostgreSQL (Npgsql): a server that many clerks edit at once.</summary>
    PostgreSql,
}
