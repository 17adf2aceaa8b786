using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// The rows of one query of <see cref="StoredDatasetStream"/>, written column by column into the dataset document.
/// On SQLite the columns are read from the statement's own UTF-8 text and written as they are, with no .NET string
/// per cell; on PostgreSQL through the data reader.
/// </summary>
internal abstract class StoredRows : IAsyncDisposable
{
    private readonly StoreEnumNameCache _names;

    private protected StoredRows(StoreEnumNameCache names) => _names = names;

    public static async Task<StoredRows> OpenAsync(DbConnection connection, DbTransaction transaction, string sql, StoreEnumNameCache names, CancellationToken cancellation)
    {
        if (connection is SqliteConnection sqlite)
        {
            return new SqliteRows(sqlite, sql, names);
        }

        var command = CampaignStore.Command(connection, transaction, sql);
        var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellation).ConfigureAwait(false);
        return new ReaderRows(command, reader, names);
    }

    public abstract ValueTask<bool> ReadAsync(CancellationToken cancellation);

    public abstract bool IsNull(int ordinal);

    public abstract void String(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal);

    /// <summary>A stored enum name (<c>ClosedOff</c>) as the dataset's (<c>closedOff</c>).</summary>
    public abstract void EnumName(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal);

    public abstract void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal);

    /// <summary>A column that holds a JSON value in the dataset's own shape (the evidence).</summary>
    public abstract void Json(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal);

    /// <summary>A list of ids, or of enum names when <paramref name="enumNames"/>; an empty list is left out when <paramref name="optional"/>.</summary>
    public abstract void Array(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal, bool enumNames, bool optional);

    public abstract double Double(int ordinal);

    public abstract int Int32(int ordinal);

    public abstract bool Boolean(int ordinal);

    public abstract ValueTask DisposeAsync();

    public void OptionalString(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal)
    {
        if (!IsNull(ordinal))
        {
            String(w, name, ordinal);
        }
    }

    public void OptionalDate(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal)
    {
        if (!IsNull(ordinal))
        {
            Date(w, name, ordinal);
        }
    }

    private protected JsonEncodedText DatasetName(string storeName) => _names.DatasetName(storeName);

    private protected JsonEncodedText DatasetName(ReadOnlySpan<byte> storeName) => _names.DatasetName(storeName);

    /// <summary>A statement on the connection's own SQLite handle, inside the transaction the connection has open.</summary>
    private sealed class SqliteRows : StoredRows
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;

        public SqliteRows(SqliteConnection connection, string sql, StoreEnumNameCache names)
            : base(names)
        {
            _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
            Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        }

        public override ValueTask<bool> ReadAsync(CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            var step = raw.sqlite3_step(_statement);
            if (step == raw.SQLITE_ROW)
            {
                return ValueTask.FromResult(true);
            }

            if (step != raw.SQLITE_DONE)
            {
                Check(step);
            }

            return ValueTask.FromResult(false);
        }

        public override bool IsNull(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_NULL;

        public override void String(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal) => w.WriteString(name, Text(ordinal));

        public override void EnumName(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal) => w.WriteString(name, DatasetName(Text(ordinal)));

        // A DateOnly is kept as its yyyy-MM-dd text.
        public override void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal) => w.WriteString(name, Text(ordinal));

        public override void Json(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(Text(ordinal), skipInputValidation: true);
        }

        // A primitive collection is kept as a JSON array of strings.
        public override void Array(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal, bool enumNames, bool optional)
        {
            if (optional && IsNull(ordinal))
            {
                return;
            }

            var text = Text(ordinal);
            if (optional && text.SequenceEqual("[]"u8))
            {
                return;
            }

            w.WritePropertyName(name);
            if (!enumNames)
            {
                w.WriteRawValue(text, skipInputValidation: true);
                return;
            }

            w.WriteStartArray();
            var items = new Utf8JsonReader(text);
            while (items.Read())
            {
                if (items.TokenType == JsonTokenType.String)
                {
                    w.WriteStringValue(DatasetName(items.ValueSpan));
                }
            }

            w.WriteEndArray();
        }

        public override double Double(int ordinal) => raw.sqlite3_column_double(_statement, ordinal);

        public override int Int32(int ordinal) => raw.sqlite3_column_int(_statement, ordinal);

        public override bool Boolean(int ordinal) => raw.sqlite3_column_int64(_statement, ordinal) != 0;

        public override ValueTask DisposeAsync()
        {
            _statement.Dispose();
            return ValueTask.CompletedTask;
        }

        private ReadOnlySpan<byte> Text(int ordinal) => raw.sqlite3_column_blob(_statement, ordinal);

        private void Check(int code)
        {
            if (code != raw.SQLITE_OK)
            {
                SqliteException.ThrowExceptionForRC(code, _db);
            }
        }
    }

    /// <summary>A data reader (PostgreSQL): dates are <see cref="DateOnly"/>, lists are arrays.</summary>
    private sealed class ReaderRows(DbCommand command, DbDataReader reader, StoreEnumNameCache names) : StoredRows(names)
    {
        public override async ValueTask<bool> ReadAsync(CancellationToken cancellation) => await reader.ReadAsync(cancellation).ConfigureAwait(false);

        public override bool IsNull(int ordinal) => reader.IsDBNull(ordinal);

        public override void String(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal) => w.WriteString(name, reader.GetString(ordinal));

        public override void EnumName(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal) => w.WriteString(name, DatasetName(reader.GetString(ordinal)));

        public override void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal) =>
            w.WriteString(name, reader.GetFieldValue<DateOnly>(ordinal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        public override void Json(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(reader.GetString(ordinal), skipInputValidation: true);
        }

        public override void Array(Utf8JsonWriter w, ReadOnlySpan<byte> name, int ordinal, bool enumNames, bool optional)
        {
            if (optional && reader.IsDBNull(ordinal))
            {
                return;
            }

            var items = reader.GetFieldValue<string[]>(ordinal);
            if (optional && items.Length == 0)
            {
                return;
            }

            w.WritePropertyName(name);
            w.WriteStartArray();
            foreach (var item in items)
            {
                if (enumNames)
                {
                    w.WriteStringValue(DatasetName(item));
                }
                else
                {
                    w.WriteStringValue(item);
                }
            }

            w.WriteEndArray();
        }

        public override double Double(int ordinal) => reader.GetDouble(ordinal);

        public override int Int32(int ordinal) => reader.GetInt32(ordinal);

        public override bool Boolean(int ordinal) => reader.GetBoolean(ordinal);

        public override async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            await command.DisposeAsync().ConfigureAwait(false);
        }
    }
}
