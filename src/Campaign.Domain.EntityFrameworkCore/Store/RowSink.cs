using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

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
            ? new SqliteRowSink((SqliteConnection)connection, table, columns)
            : await NpgsqlRowSink.OpenAsync((NpgsqlConnection)connection, table, columns, cancellation).ConfigureAwait(false);

    public abstract ValueTask WriteAsync(object?[] row, CancellationToken cancellation);

    public abstract ValueTask CompleteAsync(CancellationToken cancellation);

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// Prepared multi-row INSERTs on the connection's own SQLite handle: rows are buffered and written
    /// <see cref="BatchRows"/> at a time by one statement, the rest by a statement of the remainder's size. Values are
    /// bound by ordinal: Microsoft.Data.Sqlite binds by name, and SQLite looks each name up in a list, which made the
    /// binding of a 64-row statement quadratic in its parameter count and most of the import's time.
    /// </summary>
    private sealed class SqliteRowSink : RowSink
    {
        private const int BatchRows = 64;
        private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly sqlite3 _db;
        private readonly string _table;
        private readonly string[] _columns;
        private readonly List<object?[]> _pending = new(BatchRows);
        private readonly ArrayBufferWriter<byte> _json = new(256);
        private readonly Utf8JsonWriter _jsonWriter;
        private sqlite3_stmt? _batch;
        private byte[] _utf8 = new byte[1024];

        public SqliteRowSink(SqliteConnection connection, string table, string[] columns)
        {
            _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
            _table = table;
            _columns = columns;
            _jsonWriter = new Utf8JsonWriter(_json, JsonOptions);
        }

        public override ValueTask WriteAsync(object?[] row, CancellationToken cancellation)
        {
            _pending.Add(row);
            if (_pending.Count == BatchRows)
            {
                _batch ??= Prepare(BatchRows);
                Execute(_batch);
            }

            return ValueTask.CompletedTask;
        }

        public override ValueTask CompleteAsync(CancellationToken cancellation)
        {
            if (_pending.Count > 0)
            {
                using var rest = Prepare(_pending.Count);
                Execute(rest);
            }

            return ValueTask.CompletedTask;
        }

        public override ValueTask DisposeAsync()
        {
            _jsonWriter.Dispose();
            _batch?.Dispose();
            return ValueTask.CompletedTask;
        }

        private sqlite3_stmt Prepare(int rows)
        {
            var row = "(" + string.Join(", ", Enumerable.Repeat("?", _columns.Length)) + ")";
            var sql = $"INSERT INTO {_table} ({string.Join(", ", _columns)}) VALUES {string.Join(", ", Enumerable.Repeat(row, rows))}";
            Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
            return statement;
        }

        private void Execute(sqlite3_stmt statement)
        {
            var at = 0;
            foreach (var row in _pending)
            {
                foreach (var cell in row)
                {
                    // SQLite parameter ordinals start at 1.
                    at++;
                    Check(cell switch
                    {
                        null => raw.sqlite3_bind_null(statement, at),
                        // An empty span is bound as NULL (no pointer): an empty text goes through the string overload.
                        string { Length: 0 } => raw.sqlite3_bind_text(statement, at, string.Empty),
                        string s => raw.sqlite3_bind_text(statement, at, Utf8(s)),
                        DateOnly d => raw.sqlite3_bind_text(statement, at, Utf8(d)),
                        long l => raw.sqlite3_bind_int64(statement, at, l),
                        int n => raw.sqlite3_bind_int64(statement, at, n),
                        bool b => raw.sqlite3_bind_int64(statement, at, b ? 1 : 0),
                        double x => raw.sqlite3_bind_double(statement, at, x),
                        string[] a => raw.sqlite3_bind_text(statement, at, JsonArray(a)),
                        var other => throw new InvalidOperationException($"No SQLite mapping for {other.GetType()}."),
                    });
                }
            }

            var step = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (step != raw.SQLITE_DONE)
            {
                Check(step);
            }

            _pending.Clear();
        }

        private void Check(int code)
        {
            if (code != raw.SQLITE_OK)
            {
                SqliteException.ThrowExceptionForRC(code, _db);
            }
        }

        // SQLite copies a bound value (SQLITE_TRANSIENT), so one buffer serves every cell: no byte array per value.
        private ReadOnlySpan<byte> Utf8(string value)
        {
            var length = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
            if (_utf8.Length < length)
            {
                _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
            }

            return _utf8.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(value, _utf8));
        }

        // EF Core's SQLite mapping of a DateOnly: its yyyy-MM-dd text.
        private ReadOnlySpan<byte> Utf8(DateOnly value)
        {
            value.TryFormat(_utf8, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return _utf8.AsSpan(0, written);
        }

        // The JSON array EF Core's SQLite provider reads for a primitive collection; one writer and buffer serve every row.
        private ReadOnlySpan<byte> JsonArray(string[] items)
        {
            if (items.Length == 0)
            {
                return "[]"u8;
            }

            _json.ResetWrittenCount();
            _jsonWriter.Reset(_json);
            _jsonWriter.WriteStartArray();
            foreach (var item in items)
            {
                _jsonWriter.WriteStringValue(item);
            }

            _jsonWriter.WriteEndArray();
            _jsonWriter.Flush();
            return _json.WrittenSpan;
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
