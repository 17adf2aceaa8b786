using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// Writes the rows of one table in bulk inside the import's transaction. Values are <see cref="string"/>,
/// <see cref="DateOnly"/>, <see cref="long"/>, <see cref="int"/>, <see cref="bool"/>, <see cref="double"/>,
/// <see cref="string"/>[] (a primitive collection) or null.
/// </summary>
internal abstract class RowSink : IAsyncDisposable
{
    public static async Task<RowSink> OpenAsync(
        CampaignStoreProvider provider, DbConnection connection, DbTransaction transaction, string table, string[] columns, CancellationToken cancellation) =>
        provider == CampaignStoreProvider.Sqlite
            ? new SqliteRowSink((SqliteConnection)connection, (SqliteTransaction)transaction, table, columns)
            : await NpgsqlRowSink.OpenAsync((NpgsqlConnection)connection, table, columns, cancellation).ConfigureAwait(false);

    public abstract ValueTask WriteAsync(object?[] row, CancellationToken cancellation);

    public abstract ValueTask CompleteAsync(CancellationToken cancellation);

    public abstract ValueTask DisposeAsync();

    /// <summary>One prepared INSERT, its parameters rebound for every row.</summary>
    private sealed class SqliteRowSink : RowSink
    {
        private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly SqliteCommand _command;
        private readonly SqliteParameter[] _parameters;

        public SqliteRowSink(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
            _parameters = new SqliteParameter[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                _parameters[i] = _command.Parameters.Add("$p" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text);
            }

            _command.Prepare();
        }

        public override ValueTask WriteAsync(object?[] row, CancellationToken cancellation)
        {
            for (var i = 0; i < row.Length; i++)
            {
                var (type, value) = row[i] switch
                {
                    null => (SqliteType.Text, (object)DBNull.Value),
                    string s => (SqliteType.Text, s),
                    DateOnly d => (SqliteType.Text, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    long l => (SqliteType.Integer, l),
                    int n => (SqliteType.Integer, (long)n),
                    bool b => (SqliteType.Integer, b ? 1L : 0L),
                    double x => (SqliteType.Real, x),
                    string[] a => (SqliteType.Text, JsonArray(a)),
                    var other => throw new InvalidOperationException($"No SQLite mapping for {other.GetType()}."),
                };
                _parameters[i].SqliteType = type;
                _parameters[i].Value = value;
            }

            _command.ExecuteNonQuery();
            return ValueTask.CompletedTask;
        }

        public override ValueTask CompleteAsync(CancellationToken cancellation) => ValueTask.CompletedTask;

        public override ValueTask DisposeAsync() => _command.DisposeAsync();

        // The JSON array EF Core's SQLite provider reads for a primitive collection.
        private static string JsonArray(string[] items)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            {
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
            }

            return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    /// <summary>Binary COPY.</summary>
    private sealed class NpgsqlRowSink : RowSink
    {
        private readonly NpgsqlBinaryImporter _importer;

        private NpgsqlRowSink(NpgsqlBinaryImporter importer) => _importer = importer;

        public static async Task<RowSink> OpenAsync(NpgsqlConnection connection, string table, string[] columns, CancellationToken cancellation)
        {
            var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", cancellation)
                .ConfigureAwait(false);
            return new NpgsqlRowSink(importer);
        }

        public override async ValueTask WriteAsync(object?[] row, CancellationToken cancellation)
        {
            await _importer.StartRowAsync(cancellation).ConfigureAwait(false);
            foreach (var cell in row)
            {
                switch (cell)
                {
                    case null:
                        await _importer.WriteNullAsync(cancellation).ConfigureAwait(false);
                        break;
                    case string s:
                        await _importer.WriteAsync(s, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
                        break;
                    case DateOnly d:
                        await _importer.WriteAsync(d, NpgsqlDbType.Date, cancellation).ConfigureAwait(false);
                        break;
                    case long l:
                        await _importer.WriteAsync(l, NpgsqlDbType.Bigint, cancellation).ConfigureAwait(false);
                        break;
                    case int n:
                        await _importer.WriteAsync(n, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
                        break;
                    case bool b:
                        await _importer.WriteAsync(b, NpgsqlDbType.Boolean, cancellation).ConfigureAwait(false);
                        break;
                    case double x:
                        await _importer.WriteAsync(x, NpgsqlDbType.Double, cancellation).ConfigureAwait(false);
                        break;
                    case string[] a:
                        await _importer.WriteAsync(a, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
                        break;
                    default:
                        throw new InvalidOperationException($"No PostgreSQL mapping for {cell.GetType()}.");
                }
            }
        }

        public override async ValueTask CompleteAsync(CancellationToken cancellation) =>
            await _importer.CompleteAsync(cancellation).ConfigureAwait(false);

        public override ValueTask DisposeAsync() => _importer.DisposeAsync();
    }
}
