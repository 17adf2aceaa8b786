namespace Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>The tests that share one throw-away PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL";
}
