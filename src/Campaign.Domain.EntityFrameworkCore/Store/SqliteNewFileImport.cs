using Campaign.Domain.Campaigns;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// An import into a SQLite store file that does not exist yet (or is empty: zero bytes, no journal): the store is built
/// in a temporary file next to it, with no journal and no fsync, and moved into place once it is complete and closed.
/// A failure deletes the temporary file, so the target is as it was: no file, or the empty one.
/// </summary>
/// <remarks>
/// Without a journal SQLite writes each page once, straight into the file, instead of into the WAL and again at the
/// checkpoint; a crash can only leave a temporary file behind, never a half-written store under the target's name.
/// The schema comes from the same migrations, and the file leaves in WAL mode, so it is what <c>MigrateAsync</c>
/// makes and finds current.
/// </remarks>
internal static class SqliteNewFileImport
{
    private static readonly string[] SideFiles = ["-journal", "-wal", "-shm"];

    /// <summary>Whether <paramref name="path"/> names no store yet: no file, or an empty one without journal files.</summary>
    public static bool Applies(string path)
    {
        // Memory databases, URIs and |DataDirectory| paths are SQLite's to resolve: they keep the transactional path.
        if (path.Length == 0 || path.Equals(":memory:", StringComparison.Ordinal) || path.Contains('|', StringComparison.Ordinal)
            || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var file = new FileInfo(path);
        return (!file.Exists || file.Length == 0) && !Array.Exists(SideFiles, suffix => File.Exists(path + suffix));
    }

    /// <summary>Builds the store in a temporary file and moves it to <paramref name="path"/>; false when another writer made the target meanwhile.</summary>
    public static async Task<bool> RunAsync(CampaignStore target, string path, CampaignDataset dataset, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.import");
        try
        {
            await BuildAsync(CampaignStore.SqliteUnpooled(temporary), dataset, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();

            // Pooled connections of the target (an empty file opened before) would keep reading the replaced inode.
            SqliteConnection.ClearPool(new SqliteConnection(target.ConnectionString));
            if (!Applies(path))
            {
                return false;
            }

            File.Move(temporary, full, overwrite: File.Exists(full));
            return true;
        }
        finally
        {
            Delete(temporary);
        }
    }

    private static async Task BuildAsync(CampaignStore store, CampaignDataset dataset, CancellationToken cancellationToken)
    {
        var context = store.CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var connection = context.Database.GetDbConnection();
            await ExecuteAsync(connection, "PRAGMA journal_mode = OFF", cancellationToken).ConfigureAwait(false);
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);

            // The migrator checks the file from connections of its own; after it, nobody else needs the temporary file.
            await ExecuteAsync(connection, "PRAGMA locking_mode = EXCLUSIVE", cancellationToken).ConfigureAwait(false);
            await SqliteImportSettings.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
            await store.ImportInTransactionAsync(context, dataset, replace: false, cancellationToken).ConfigureAwait(false);

            // The file leaves as MigrateAsync leaves a store: WAL journal, shared locking.
            await ExecuteAsync(connection, "PRAGMA locking_mode = NORMAL", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = CampaignStore.Command(connection, null, sql);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Delete(string temporary)
    {
        foreach (var file in SideFiles.Select(suffix => temporary + suffix).Prepend(temporary))
        {
            File.Delete(file);
        }
    }
}
