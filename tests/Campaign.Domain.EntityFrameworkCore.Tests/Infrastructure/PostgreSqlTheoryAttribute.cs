namespace Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>A theory that is skipped, saying what to install, where PostgreSQL's binaries are missing.</summary>
public sealed class PostgreSqlTheoryAttribute : TheoryAttribute
{
    public PostgreSqlTheoryAttribute()
    {
        if (PostgreSqlServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
