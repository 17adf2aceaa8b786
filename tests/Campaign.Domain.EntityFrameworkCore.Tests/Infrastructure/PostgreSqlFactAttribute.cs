namespace Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>A fact that is skipped, saying what to install, where PostgreSQL's binaries are missing.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
