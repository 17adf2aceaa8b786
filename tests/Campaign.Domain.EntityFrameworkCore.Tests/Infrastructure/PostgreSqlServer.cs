using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL server for the tests, started from the installed binaries (initdb, pg_ctl): a cluster in a
/// temporary folder, listening on 127.0.0.1 only, on a free port, trust authentication, stopped and deleted at the end.
/// initdb refuses to run as root, so under root the cluster belongs to the <c>postgres</c> user and the binaries run
/// through <c>runuser</c>.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private string? _folder;
    private string? _binaries;
    private bool _asPostgresUser;
    private int _databases;

    /// <summary>The folder of initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? BinaryFolder { get; } = FindBinaries();

    /// <summary>Why the PostgreSQL tests are skipped, or null when they run.</summary>
    public static string? SkipReason => BinaryFolder is null
        ? "PostgreSQL is not installed (initdb and pg_ctl not found in /usr/lib/postgresql/*/bin or on PATH): install the apt package 'postgresql'."
        : null;

    /// <summary>The connection string of the server's maintenance database.</summary>
    public string AdminConnectionString { get; private set; } = string.Empty;

    /// <summary>A new empty database on the server.</summary>
    /// <returns>Its connection string.</returns>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "campaign_test_" + Interlocked.Increment(ref _databases);
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (BinaryFolder is null)
        {
            return;
        }

        _binaries = BinaryFolder;
        _asPostgresUser = Environment.UserName == "root";
        _folder = Path.Combine(Path.GetTempPath(), "campaign-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        if (_asPostgresUser)
        {
            await RunAsync("chown", ["postgres:postgres", _folder], asPostgres: false);
        }

        var data = Path.Combine(_folder, "data");
        await RunAsync(Path.Combine(_binaries, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"], _asPostgresUser);
        var port = FreePort();
        var options = $"-p {port} -h 127.0.0.1 -k {_folder} -F -c max_connections=100 -c fsync=off";
        await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start"], _asPostgresUser);
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30;Command Timeout=120";
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_folder is null || _binaries is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], _asPostgresUser);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string? FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            foreach (var version in Directory.GetDirectories(root).OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            {
                var bin = Path.Combine(version, "bin");
                if (File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                {
                    return bin;
                }
            }
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            {
                return folder;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }
}
