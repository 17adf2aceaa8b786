using System.Data.Common;
using Campaign.Cli.Messages;
using Campaign.Cli.Output;
using Campaign.Domain.Campaigns;
using Campaign.Domain.EntityFrameworkCore;
using Campaign.Domain.Focus;
using Campaign.Domain.Serialization;

namespace Campaign.Cli.Input;

/// <summary>Opens the store a <c>--db</c> option names and reads its dataset.</summary>
internal static class StoreInput
{
    /// <summary>The dataset of a command that takes a file or a store: PATH (or the embedded sample) without <c>--db</c>, the store with it.</summary>
    /// <exception cref="CliInputException">Both are given, the store cannot be read, or its dataset is invalid.</exception>
    public static (CampaignDataset Dataset, string Name) ReadFileOrStore(string? path, string? db, CliConsole console, FocusCatalog catalog, ProgressLine progress)
    {
        if (db is null)
        {
            return DatasetInput.Read(path, console, catalog, progress);
        }

        var text = console.Text;
        if (path is not null)
        {
            throw new CliInputException(text.PathAndDb(path));
        }

        var store = Open(db, mustExist: true, text);
        var name = DisplayName(store, text);
        progress.Stage(text.Reading(name));
        try
        {
            return (Run(name, () => store.LoadAsync(new DatasetReadOptions(catalog)), text), name);
        }
        finally
        {
            progress.Done();
        }
    }

    /// <summary>The store <paramref name="db"/> names: a PostgreSQL connection string, else a SQLite file path.</summary>
    /// <exception cref="CliInputException">The SQLite file must exist and does not.</exception>
    public static CampaignStore Open(string db, bool mustExist, CliText text)
    {
        var store = CampaignStore.Open(db);
        if (mustExist && store.Provider == CampaignStoreProvider.Sqlite && !File.Exists(db))
        {
            throw new CliInputException(text.NoSuchStore(db));
        }

        return store;
    }

    /// <summary>How the store is named in messages: the SQLite path, or the PostgreSQL host and database (never the password).</summary>
    public static string DisplayName(CampaignStore store, CliText text)
    {
        if (store.Provider == CampaignStoreProvider.Sqlite)
        {
            return new DbConnectionStringBuilder { ConnectionString = store.ConnectionString }.TryGetValue("Data Source", out var source) ? source.ToString()! : text.SqliteStore;
        }

        var builder = new DbConnectionStringBuilder { ConnectionString = store.ConnectionString };
        var host = builder.TryGetValue("Host", out var h) ? h : builder.TryGetValue("Server", out var s) ? s : "?";
        var database = builder.TryGetValue("Database", out var d) ? d : "?";
        return text.PostgresStore(database.ToString()!, host.ToString()!);
    }

    /// <summary>Runs a store operation, turning the store's and the database's errors into exit-2 errors that name the store.</summary>
    public static T Run<T>(string name, Func<Task<T>> operation, CliText text)
    {
        try
        {
            return operation().GetAwaiter().GetResult();
        }
        catch (DatasetValidationException e)
        {
            throw DatasetInput.Invalid(name, e, text);
        }
        catch (CampaignStoreStateException e)
        {
            throw new CliInputException(e.HoldsDataset ? text.StoreHoldsDataset(name) : text.StoreEmpty(name), e);
        }
        catch (InvalidOperationException e) when (e.InnerException is DbException database)
        {
            // EF Core's retrying strategy wraps the database's error once it gives up.
            throw new CliInputException(text.StoreFailed(name, text.DatabaseReason(database)), e);
        }
        catch (InvalidOperationException e) when (e.InnerException is null)
        {
            throw new CliInputException(name + text.Colon + e.Message, e);
        }
        catch (DbException e)
        {
            throw new CliInputException(text.StoreFailed(name, text.DatabaseReason(e)), e);
        }
    }
}
