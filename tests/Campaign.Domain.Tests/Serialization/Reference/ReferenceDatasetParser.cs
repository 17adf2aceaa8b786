using System.Buffers;
using System.Text.Json;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Serialization.Reference;

/// <summary>
/// Walks the tokens of a <c>campaign-dataset/1</c> document with a <see cref="Utf8JsonReader"/> over one pooled
/// buffer that is refilled from the stream, filling compact records and collecting every error with its JSON path
/// and line. No DOM is built: memory is the buffer (64 KiB, grown only for a longer token), the records and the
/// interned ids. Lines are counted here (newlines in the consumed bytes) because the reader does not expose them.
/// </summary>
/// <remarks>This is the hot path of reading: no LINQ, closures or boxing per token.</remarks>
internal sealed partial class ReferenceDatasetParser : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;
    private const int StackCharLimit = 256;

    private readonly Stream _stream;
    private readonly DatasetReadOptions _options;
    private readonly CancellationToken _cancellation;
    private readonly IProgress<long>? _progress;
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;
    private byte[] _buffer;
    private int _filled;
    private bool _endOfStream;
    private long _bytesRead;
    private int _scanPosition;
    private int _line = 1;

    public ReferenceDatasetParser(Stream stream, DatasetReadOptions options, IProgress<long>? progress, CancellationToken cancellation)
    {
        _stream = stream;
        _options = options;
        _progress = progress;
        _cancellation = cancellation;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        Errors = new DatasetErrorList(options.MaxErrors);
    }

    public DatasetErrorList Errors { get; }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads the whole document; afterwards either <see cref="Errors"/> holds something or every record is valid.</summary>
    public void Parse()
    {
        try
        {
            Fill();
            if (_filled >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                // A UTF-8 byte order mark is allowed before the document; the reader does not skip it.
                Buffer.BlockCopy(_buffer, 3, _buffer, 0, _filled - 3);
                _filled -= 3;
            }

            var reader = new Utf8JsonReader(_buffer.AsSpan(0, _filled), _endOfStream, default);
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ParseRoot(ref reader);
            }
            else
            {
                WrongType(ref reader, JsonPathLocation.Root, null, -1, "an object");
            }

            // Anything after the root value is a syntax error, which the reader reports.
            while (TryRead(ref reader))
            {
            }

            CheckReferences();
        }
        catch (JsonException e)
        {
            // Nothing after a syntax error can be trusted: it is the only error reported.
            Errors.Clear();
            Errors.Add("$", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "malformed JSON: " + WithoutPosition(e.Message));
        }
        catch (InvalidOperationException e) when (e is not ObjectDisposedException)
        {
            // The reader throws this for text that is not valid UTF-8.
            Errors.Clear();
            Errors.Add("$", _line, null, "malformed JSON: " + e.Message);
        }

        _progress?.Report(_bytesRead);
    }

    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => type.ToString(),
    };

    // ---- buffer and tokens -------------------------------------------------------------------------

    private void Fill()
    {
        while (_filled < _buffer.Length && !_endOfStream)
        {
            var read = _stream.Read(_buffer, _filled, _buffer.Length - _filled);
            if (read == 0)
            {
                _endOfStream = true;
            }
            else
            {
                _filled += read;
                _bytesRead += read;
            }
        }

        _progress?.Report(_bytesRead);
    }

    private void Refill(ref Utf8JsonReader reader)
    {
        _cancellation.ThrowIfCancellationRequested();
        var consumed = (int)reader.BytesConsumed;
        CountLinesTo(consumed);
        _scanPosition = 0;
        var state = reader.CurrentState;
        var remaining = _filled - consumed;
        if (consumed == 0 && remaining == _buffer.Length)
        {
            // One token is longer than the buffer: grow it.
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, remaining);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (remaining > 0)
        {
            Buffer.BlockCopy(_buffer, consumed, _buffer, 0, remaining);
        }

        _filled = remaining;
        Fill();
        reader = new Utf8JsonReader(_buffer.AsSpan(0, _filled), _endOfStream, state);
    }

    private bool TryRead(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (_endOfStream)
            {
                return false;
            }

            Refill(ref reader);
        }

        return true;
    }

    private void Read(ref Utf8JsonReader reader)
    {
        if (!TryRead(ref reader))
        {
            // The final-block reader throws on a truncated document before this is reached; kept as a guard.
            throw new JsonException("The document ends unexpectedly.", null, _line - 1, 0);
        }
    }

    /// <summary>Moves to the next property of the current object: true with the reader on its name, false on the end of the object.</summary>
    private bool NextProperty(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Moves to the next item of the current array: true with the reader on it, false on the end of the array.</summary>
    private bool NextItem(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    private void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        do
        {
            Read(ref reader);
        }
        while (reader.CurrentDepth > depth || reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray));
    }

    private void CountLinesTo(int position)
    {
        if (position > _scanPosition)
        {
            _line += _buffer.AsSpan(_scanPosition, position - _scanPosition).Count((byte)'\n');
            _scanPosition = position;
        }
    }

    /// <summary>The 1-based line of the current token.</summary>
    private int LineOf(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        if (start >= _scanPosition)
        {
            CountLinesTo(start);
            return _line;
        }

        return _line - _buffer.AsSpan(start, _scanPosition - start).Count((byte)'\n');
    }

    // ---- errors ------------------------------------------------------------------------------------

    private void Error(in JsonPathLocation where, string? leaf, int leafIndex, int line, string message) =>
        Errors.Add(where.Path(leaf, leafIndex), line, null, message);

    private void WrongType(ref Utf8JsonReader reader, in JsonPathLocation where, string? leaf, int leafIndex, string expected)
    {
        Error(where, leaf, leafIndex, LineOf(ref reader), $"expected {expected}, found {Describe(reader.TokenType)}");
        Skip(ref reader);
    }

    /// <summary>Records that a property was met; a second occurrence in the same object is an error.</summary>
    private void Seen(ref Utf8JsonReader reader, ref int seen, int bit, in JsonPathLocation where, string leaf)
    {
        if ((seen & bit) != 0)
        {
            Error(where, leaf, -1, LineOf(ref reader), $"the property '{leaf}' appears more than once in this object");
        }

        seen |= bit;
    }

    private void Require(int seen, int bit, in JsonPathLocation where, string leaf, int objectLine)
    {
        if ((seen & bit) == 0)
        {
            Error(where, leaf, -1, objectLine, $"the required property '{leaf}' is missing");
        }
    }

    /// <summary>Reports the property the reader is on as unknown and skips its value.</summary>
    private void Unknown(ref Utf8JsonReader reader, in JsonPathLocation where, string allowed)
    {
        var name = DatasetParser.Excerpt(ref reader);
        Error(where, name, -1, LineOf(ref reader), $"unknown property '{name}'; allowed here: {allowed}");
        Read(ref reader);
        Skip(ref reader);
    }

    // ---- values (the reader is on the value token) -----------------------------------------------

    private string DecodeInterned(ref Utf8JsonReader reader)
    {
        var length = reader.ValueSpan.Length;
        char[]? rented = null;
        var chars = length <= StackCharLimit ? stackalloc char[StackCharLimit] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var written = reader.CopyString(chars);
            var span = chars[..written];
            if (_stringLookup.TryGetValue(span, out var known))
            {
                return known;
            }

            var text = new string(span);
            _strings.Add(text);
            return text;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Free text (names, opinions, measures): kept as read, empty allowed.</summary>
    private string? ReadText(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        WrongType(ref reader, where, leaf, -1, "a string");
        return null;
    }

    /// <summary>An id or a code: a non-empty string, interned because ids repeat as references.</summary>
    private string? ReadId(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required, int leafIndex = -1)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueSpan.Length == 0)
            {
                Error(where, leaf, leafIndex, LineOf(ref reader), "an id must be a non-empty string");
                return null;
            }

            return DecodeInterned(ref reader);
        }

        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        WrongType(ref reader, where, leaf, leafIndex, "a non-empty string id");
        return null;
    }

    private IdRef? ReadRef(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required, int leafIndex = -1)
    {
        var line = LineOf(ref reader);
        return ReadId(ref reader, where, leaf, required, leafIndex) is { } id ? new IdRef(id, line) : null;
    }

    private IdRef[]? ReadRefArray(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required)
    {
        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, where, leaf, -1, "an array of ids");
            return null;
        }

        IdRef[] items = [];
        var count = 0;
        var valid = true;
        for (var i = 0; NextItem(ref reader); i++)
        {
            if (ReadRef(ref reader, where, leaf, true, i) is { } item)
            {
                if (count == items.Length)
                {
                    Array.Resize(ref items, count == 0 ? 2 : count * 2);
                }

                items[count++] = item;
            }
            else
            {
                valid = false;
            }
        }

        if (count != items.Length)
        {
            Array.Resize(ref items, count);
        }

        return valid ? items : null;
    }

    private DateOnly? ReadDate(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required)
    {
        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, where, leaf, -1, "a date string yyyy-MM-dd");
            return null;
        }

        Span<byte> escapedCopy = stackalloc byte[10];
        scoped ReadOnlySpan<byte> text = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            // Rare: a date written with \u escapes; unescape it into a small buffer.
            var unescaped = reader.GetString()!;
            // Fixed here too (found by the differential test): GetBytes threw when ten characters took more than ten bytes.
            text = unescaped.Length == 10 && System.Text.Encoding.UTF8.TryGetBytes(unescaped, escapedCopy, out var written) && written == 10 ? escapedCopy : default;
        }

        if (!IsDateShape(text))
        {
            Error(where, leaf, -1, LineOf(ref reader), $"'{DatasetParser.Excerpt(ref reader)}' is not a date of the form yyyy-MM-dd");
            return null;
        }

        var year = Digits(text[..4]);
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            Error(where, leaf, -1, LineOf(ref reader), $"'{DatasetParser.Excerpt(ref reader)}' is not a calendar date");
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static bool IsDateShape(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (i != 4 && i != 7 && (text[i] < (byte)'0' || text[i] > (byte)'9'))
            {
                return false;
            }
        }

        return true;
    }

    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            value = (value * 10) + (digits[i] - (byte)'0');
        }

        return value;
    }

    private int ReadEnum<T>(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, EnumNames<T> names, bool required, int leafIndex = -1)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var utf8 = names.Utf8;
            for (var i = 0; i < utf8.Length; i++)
            {
                if (reader.ValueTextEquals(utf8[i]))
                {
                    return i;
                }
            }

            Error(where, leaf, leafIndex, LineOf(ref reader), $"'{DatasetParser.Excerpt(ref reader)}' is not allowed; expected one of: {names.Allowed}");
            return -1;
        }

        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return -1;
        }

        WrongType(ref reader, where, leaf, leafIndex, "one of: " + names.Allowed);
        return -1;
    }

    private bool? ReadBool(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(ref reader, where, leaf, -1, "true or false");
                return null;
        }
    }

    private double? ReadNumber(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetDouble(out var value) && double.IsFinite(value))
            {
                return value;
            }

            Error(where, leaf, -1, LineOf(ref reader), $"the number {DatasetParser.Excerpt(ref reader)} is out of range");
            return null;
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            WrongType(ref reader, where, leaf, -1, "a number");
        }

        return null;
    }

    private int? ReadInteger(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var value))
            {
                return value;
            }

            Error(where, leaf, -1, LineOf(ref reader), $"expected a whole number within 32 bits, found {DatasetParser.Excerpt(ref reader)}");
            return null;
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            WrongType(ref reader, where, leaf, -1, "an integer");
        }

        return null;
    }
}
