using Microsoft.Data.Sqlite;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>A SQLite file in a fresh temporary folder, deleted on dispose.</summary>
public sealed class TempSqliteFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "campaign-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    public TempSqliteFile()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "ledger.db");
    }

    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
