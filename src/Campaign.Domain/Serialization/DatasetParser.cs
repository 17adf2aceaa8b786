using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Campaign.Domain.Input;

namespace Campaign.Domain.Serialization;

/// <summary>
/// Walks the tokens of a <c>campaign-dataset/1</c> document with a <see cref="Utf8JsonReader"/> over one pooled
/// buffer that is refilled from the stream, building the entities as it goes and collecting every error with its JSON
/// path and line. No DOM is built: memory is the buffer (1 MiB, grown only for a longer token), the entities, the id
/// indexes and a few small pools of repeated strings. Lines are counted here (newlines in the consumed bytes) because
/// the reader does not expose them.
/// </summary>
/// <remarks>The hot path of reading. The methods run per token or per
/// item are marked <see cref="MethodImplOptions.AggressiveOptimization"/>: a read is one long pass, so they are compiled
/// once, fully optimised, instead of starting in unoptimised code and being recompiled through the tiers.
/// <para>A parser reads the whole document, or one part of it when <see cref="ParallelDatasetRead"/> reads a large
/// document on several threads (<see cref="DatasetPart"/>; the joining is in <c>DatasetParser.Parts.cs</c>).</para></remarks>
internal sealed partial class DatasetParser : IDisposable
{
    /// <summary>The size of the byte buffer the document is parsed from (tests use tiny ones to cross every boundary).</summary>
    public const int DefaultBufferSize = 1024 * 1024;

    /// <summary>The longest single token the buffer grows to hold: far beyond the longest legal value (every text has a
    /// limit, <see cref="DatasetLimits"/>), so a longer one is refused instead of being read into memory whole.</summary>
    public const int MaxValueBytes = 1024 * 1024;
    private const int StackCharLimit = 256;

    private readonly Stream _stream;
    private readonly DatasetReadOptions _options;
    private readonly CancellationToken _cancellation;
    private readonly DatasetPart _part;
    private readonly DatasetParser? _first;
    private readonly IProgress<long>? _progress;
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;
    private byte[] _buffer;
    private int _filled;
    private bool _endOfStream;
    private long _bytesRead;
    private int _scanPosition;
    private int _line = 1;

    // The absolute offset of the buffer's first byte, and of the last line break before it (-1: none), for positions.
    private long _bufferStart;
    private long _newlineBeforeBuffer = -1;

    public DatasetParser(
        Stream stream,
        DatasetReadOptions options,
        IProgress<long>? progress,
        CancellationToken cancellation,
        int bufferSize = DefaultBufferSize,
        DatasetPart part = DatasetPart.Whole,
        DatasetParser? first = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 4);
        _stream = stream;
        _options = options;
        _progress = progress;
        _cancellation = cancellation;
        _part = part;
        _first = first;
        _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
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
        var reader = default(Utf8JsonReader);
        try
        {
            Fill();
            SkipByteOrderMarks();
            if (JsonSyntax.WideEncoding(_buffer.AsSpan(0, _filled)) is { } encoding)
            {
                Errors.Add("$", 1, 1, InputErrorCode.WideEncoding, encoding);
                _progress?.Report(_bytesRead);
                return;
            }

            reader = new Utf8JsonReader(_buffer.AsSpan(0, _filled), _endOfStream, default);
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ParseRoot(ref reader);
            }
            else
            {
                WrongType(ref reader, JsonPathLocation.Root, null, -1, "object");
            }

            // Anything after the root value is a syntax error, which the reader reports.
            while (TryRead(ref reader))
            {
            }

            if (_part == DatasetPart.Whole)
            {
                CheckReferences();
            }
        }
        catch (JsonException e)
        {
            // Nothing after a syntax error can be trusted: it is the only error reported, in our words (the reader's
            // own wording speaks of reader options and final blocks).
            Errors.Clear();
            var consumed = Math.Clamp((int)reader.BytesConsumed, 0, _filled);
            var (code, argument) = JsonSyntax.Classify(_buffer.AsSpan(0, _filled), consumed, _endOfStream, reader.TokenType, reader.CurrentDepth);
            Errors.Add("$", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, code, argument is null ? [] : [argument]);
        }
        catch (InvalidOperationException e) when (e is not ObjectDisposedException)
        {
            // The reader throws this when a string it decodes is not valid UTF-8: a file saved as GBK or Latin-1.
            Errors.Clear();
            NotUtf8(ref reader);
        }
        catch (ValueTooLargeException)
        {
            Errors.Clear();
            var (line, column) = LocationOf(FirstNonWhiteSpace());
            Errors.Add("$", line, column, InputErrorCode.ValueTooLarge, MaxValueBytes.ToString("N0", CultureInfo.InvariantCulture),
                DatasetLimits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture));
        }

        _progress?.Report(_bytesRead);
    }

    /// <summary>Skips UTF-8 byte order marks before the document (one is usual; editors that join files leave two).</summary>
    private void SkipByteOrderMarks()
    {
        var skip = 0;
        while (_filled - skip >= 3 && _buffer[skip] == 0xEF && _buffer[skip + 1] == 0xBB && _buffer[skip + 2] == 0xBF)
        {
            skip += 3;
        }

        if (skip > 0)
        {
            Buffer.BlockCopy(_buffer, skip, _buffer, 0, _filled - skip);
            _filled -= skip;
        }
    }

    /// <summary>Reports the first bytes of the string the reader is on that are not UTF-8, with the encoding they suggest;
    /// or, when its bytes are UTF-8, the escape that names half a character (<c>\ud800</c>).</summary>
    private void NotUtf8(ref Utf8JsonReader reader)
    {
        var start = Math.Clamp((int)reader.TokenStartIndex + 1, 0, _filled);
        var invalid = JsonSyntax.FirstInvalidUtf8(reader.ValueSpan);
        if (invalid < 0)
        {
            var (tokenLine, tokenColumn) = LocationOf(start - 1);
            Errors.Add("$", tokenLine, tokenColumn, InputErrorCode.InvalidString);
            return;
        }

        var index = Math.Min(start + invalid, _filled);
        var (line, column) = LocationOf(index);
        var (hex, guess) = JsonSyntax.DescribeInvalidUtf8(_buffer.AsSpan(index, _filled - index));
        Errors.Add("$", line, column, InputErrorCode.NotUtf8, hex, guess);
    }

    private int FirstNonWhiteSpace()
    {
        var i = 0;
        while (i < _filled && _buffer[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>The 1-based line and byte position of <paramref name="index"/> in the buffer (for the errors the reader does not place).</summary>
    private (int Line, int Column) LocationOf(int index)
    {
        int line;
        if (index >= _scanPosition)
        {
            CountLinesTo(index);
            line = _line;
        }
        else
        {
            line = _line - _buffer.AsSpan(index, _scanPosition - index).Count((byte)'\n');
        }

        var newline = _buffer.AsSpan(0, index).LastIndexOf((byte)'\n');
        var lineStart = newline >= 0 ? _bufferStart + newline : _newlineBeforeBuffer;
        return (line, (int)Math.Min(int.MaxValue, _bufferStart + index - lineStart));
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
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
        if (_part != DatasetPart.Whole && !Building)
        {
            // A part with an error is given up at once: the whole document is then read again sequentially.
            throw new OperationCanceledException();
        }

        var consumed = (int)reader.BytesConsumed;
        CountLinesTo(consumed);
        _scanPosition = 0;
        var newline = _buffer.AsSpan(0, consumed).LastIndexOf((byte)'\n');
        if (newline >= 0)
        {
            _newlineBeforeBuffer = _bufferStart + newline;
        }

        _bufferStart += consumed;
        var state = reader.CurrentState;
        var remaining = _filled - consumed;
        if (consumed == 0 && remaining == _buffer.Length)
        {
            if (_buffer.Length >= MaxValueBytes)
            {
                throw new ValueTooLargeException();
            }

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Read(ref Utf8JsonReader reader)
    {
        if (!TryRead(ref reader))
        {
            // The final-block reader throws on a truncated document before this is reached; kept as a guard.
            throw new JsonException(null, null, _line - 1, 0);
        }
    }

    /// <summary>Moves to the next property of the current object: true with the reader on its name, false on the end of the object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NextProperty(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// The name of the property the reader is on, unescaped, to compare with the known names as plain bytes (escaped
    /// names are rare and cost an allocation). Valid until the reader moves.
    /// </summary>
    private static ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;

    /// <summary>Moves to the next item of the current array: true with the reader on it, false on the end of the array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountLinesTo(int position)
    {
        if (position > _scanPosition)
        {
            _line += _buffer.AsSpan(_scanPosition, position - _scanPosition).Count((byte)'\n');
            _scanPosition = position;
        }
    }

    /// <summary>The 1-based line of the current token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    private void Error(in JsonPathLocation where, string? leaf, int leafIndex, int line, InputErrorCode code, params string[] arguments) =>
        Errors.Add(where.Path(leaf, leafIndex), line, null, code, arguments);

    /// <summary>Reports a value of the wrong JSON type and skips it. <c>expected</c> is the key of what was expected (see
    /// <see cref="InputErrorCode.WrongType"/>), <c>detail</c> the allowed values or the format name where it has them.</summary>
    private void WrongType(ref Utf8JsonReader reader, in JsonPathLocation where, string? leaf, int leafIndex, string expected, string detail = "")
    {
        Error(where, leaf, leafIndex, LineOf(ref reader), InputErrorCode.WrongType, expected, Describe(reader.TokenType), detail);
        Skip(ref reader);
    }

    /// <summary>The value or name the reader is on, for a message: decoded whole when short, else its first bytes and an ellipsis.</summary>
    internal static string Excerpt(ref Utf8JsonReader reader)
    {
        const int Max = 64;
        var span = reader.ValueSpan;
        if (span.Length <= Max)
        {
            return reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString() ?? string.Empty : System.Text.Encoding.UTF8.GetString(span);
        }

        var cut = Max;
        while (cut > 0 && (span[cut] & 0xC0) == 0x80)
        {
            // Do not cut a UTF-8 sequence in two.
            cut--;
        }

        return System.Text.Encoding.UTF8.GetString(span[..cut]) + "…";
    }

    /// <summary>Whether the string the reader is on has more than <paramref name="max"/> characters; decodes nothing
    /// when its byte length settles it, never more than a bounded copy otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsLongerThan(ref Utf8JsonReader reader, int max)
    {
        var bytes = reader.ValueSpan.Length;
        if (bytes <= max)
        {
            // Every character takes at least one byte.
            return false;
        }

        if (bytes > max * 6)
        {
            // No character takes more than six bytes (a \uXXXX escape).
            return true;
        }

        if (!reader.ValueIsEscaped)
        {
            return System.Text.Encoding.UTF8.GetCharCount(reader.ValueSpan) > max;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes);
        try
        {
            return reader.CopyString(chars) > max;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Reports a string over its limit when it is one; the caller then drops the value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TooLong(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, int leafIndex, int max)
    {
        if (!IsLongerThan(ref reader, max))
        {
            return false;
        }

        Error(where, leaf, leafIndex, LineOf(ref reader), InputErrorCode.TooLong, leaf, max.ToString("N0", CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Records that a property was met; a second occurrence in the same object is an error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Seen(ref Utf8JsonReader reader, ref int seen, int bit, in JsonPathLocation where, string leaf)
    {
        if ((seen & bit) != 0)
        {
            Error(where, leaf, -1, LineOf(ref reader), InputErrorCode.DuplicateProperty, leaf);
        }

        seen |= bit;
    }

    private void Require(int seen, int bit, in JsonPathLocation where, string leaf, int objectLine)
    {
        if ((seen & bit) == 0)
        {
            Error(where, leaf, -1, objectLine, InputErrorCode.MissingProperty, leaf);
        }
    }

    /// <summary>Reports the property the reader is on as unknown and skips its value.</summary>
    private void Unknown(ref Utf8JsonReader reader, in JsonPathLocation where, string allowed)
    {
        var name = Excerpt(ref reader);
        Error(where, name, -1, LineOf(ref reader), InputErrorCode.UnknownProperty, name, allowed);
        Read(ref reader);
        Skip(ref reader);
    }

    // ---- values (the reader is on the value token) -----------------------------------------------

    /// <summary>The string value the reader is on, from the pool: one instance per distinct text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string DecodePooled(ref Utf8JsonReader reader, StringPool pool)
    {
        var length = reader.ValueSpan.Length;
        char[]? rented = null;
        var chars = length <= StackCharLimit ? stackalloc char[StackCharLimit] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            return pool.Get(chars[..reader.CopyString(chars)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The id the reader is on as a reference into <paramref name="target"/>: the record's own id string and position when
    /// it was already read, else an interned string and -1 (checked once the whole document is read).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IdRef Resolve(ref Utf8JsonReader reader, IdIndex target, int line)
    {
        var length = reader.ValueSpan.Length;
        char[]? rented = null;
        var chars = length <= StackCharLimit ? stackalloc char[StackCharLimit] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var span = chars[..reader.CopyString(chars)];
            if (target.TryFind(span, out var known, out var position))
            {
                return new IdRef(known, line, position);
            }

            if (_first is { } first && first.TryFindComplete(target.Collection, span, out known, out position))
            {
                // A later part of a parallel read: the record is in the first part, whose collection is complete.
                return new IdRef(known, line, InFirstPart(position));
            }

            return new IdRef(Intern(span), line);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private string Intern(ReadOnlySpan<char> span)
    {
        if (_stringLookup.TryGetValue(span, out var known))
        {
            return known;
        }

        var text = new string(span);
        _strings.Add(text);
        return text;
    }

    private string DecodeInterned(ref Utf8JsonReader reader)
    {
        var length = reader.ValueSpan.Length;
        char[]? rented = null;
        var chars = length <= StackCharLimit ? stackalloc char[StackCharLimit] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            return Intern(chars[..reader.CopyString(chars)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Free text (names, opinions, measures): kept as read, empty allowed, at most <paramref name="maxLength"/>
    /// characters (checked before it is decoded); from <paramref name="pool"/> when given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ReadText(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required, int maxLength, StringPool? pool = null)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (TooLong(ref reader, where, leaf, -1, maxLength))
            {
                return null;
            }

            return pool is null ? reader.GetString() : DecodePooled(ref reader, pool);
        }

        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        WrongType(ref reader, where, leaf, -1, "string");
        return null;
    }

    /// <summary>A record's own id (a fresh string: references share it through the collection's <see cref="IdIndex"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ReadOwnId(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueSpan.Length == 0)
            {
                Error(where, "id", -1, LineOf(ref reader), InputErrorCode.EmptyId);
                return null;
            }

            return TooLong(ref reader, where, "id", -1, DatasetLimits.MaxIdLength) ? null : reader.GetString();
        }

        WrongType(ref reader, where, "id", -1, "id");
        return null;
    }

    /// <summary>A code (focus id, focus list): a non-empty string, interned because codes repeat.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ReadId(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required, int leafIndex = -1)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueSpan.Length == 0)
            {
                Error(where, leaf, leafIndex, LineOf(ref reader), InputErrorCode.EmptyId);
                return null;
            }

            return TooLong(ref reader, where, leaf, leafIndex, DatasetLimits.MaxIdLength) ? null : DecodeInterned(ref reader);
        }

        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        WrongType(ref reader, where, leaf, leafIndex, "id");
        return null;
    }

    /// <summary>A reference to a record of <paramref name="target"/>: a non-empty string id, resolved when that record was already read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IdRef? ReadRef(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required, IdIndex target, int leafIndex = -1)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var line = LineOf(ref reader);
            if (reader.ValueSpan.Length == 0)
            {
                Error(where, leaf, leafIndex, line, InputErrorCode.EmptyId);
                return null;
            }

            return TooLong(ref reader, where, leaf, leafIndex, DatasetLimits.MaxIdLength) ? null : Resolve(ref reader, target, line);
        }

        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        WrongType(ref reader, where, leaf, leafIndex, "id");
        return null;
    }

    /// <summary>
    /// An array of references into <paramref name="items"/> (cleared first); false when it is null, not an array or
    /// has an item that is not an id (reported), in which case none of its references is checked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadRefArray(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required, IdIndex target, List<IdRef> items)
    {
        items.Clear();
        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, where, leaf, -1, "idArray");
            return false;
        }

        var valid = true;
        for (var i = 0; NextItem(ref reader); i++)
        {
            if (ReadRef(ref reader, where, leaf, true, target, i) is { } item)
            {
                items.Add(item);
            }
            else
            {
                valid = false;
            }
        }

        return valid;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private DateOnly? ReadDate(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, bool required)
    {
        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, where, leaf, -1, "date");
            return null;
        }

        Span<byte> escapedCopy = stackalloc byte[10];
        scoped ReadOnlySpan<byte> text = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            // Rare: a date written with \u escapes; unescape it into a small buffer (a long one is no date anyway).
            var unescaped = reader.ValueSpan.Length <= 64 ? reader.GetString()! : string.Empty;
            // TryGetBytes: ten characters may take more than ten bytes (the former GetBytes threw an ArgumentException that escaped the reader).
            text = unescaped.Length == 10 && System.Text.Encoding.UTF8.TryGetBytes(unescaped, escapedCopy, out var written) && written == 10 ? escapedCopy : default;
        }

        if (!IsDateShape(text))
        {
            Error(where, leaf, -1, LineOf(ref reader), InputErrorCode.NotADate, Excerpt(ref reader));
            return null;
        }

        var year = Digits(text[..4]);
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            Error(where, leaf, -1, LineOf(ref reader), InputErrorCode.NotACalendarDate, Excerpt(ref reader));
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ReadEnum<T>(ref Utf8JsonReader reader, in JsonPathLocation where, string leaf, EnumNames<T> names, bool required, int leafIndex = -1)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (!reader.ValueIsEscaped)
            {
                var value = names.Find(reader.ValueSpan);
                if (value >= 0)
                {
                    return value;
                }
            }
            else
            {
                // Rare: an enum value written with \u escapes; the reader unescapes while comparing.
                var utf8 = names.Utf8;
                for (var i = 0; i < utf8.Length; i++)
                {
                    if (reader.ValueTextEquals(utf8[i]))
                    {
                        return i;
                    }
                }
            }

            Error(where, leaf, leafIndex, LineOf(ref reader), InputErrorCode.NotAllowedValue, Excerpt(ref reader), names.Allowed);
            return -1;
        }

        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return -1;
        }

        WrongType(ref reader, where, leaf, leafIndex, "enum", names.Allowed);
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
                WrongType(ref reader, where, leaf, -1, "boolean");
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

            Error(where, leaf, -1, LineOf(ref reader), InputErrorCode.NumberOutOfRange, Excerpt(ref reader));
            return null;
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            WrongType(ref reader, where, leaf, -1, "number");
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

            Error(where, leaf, -1, LineOf(ref reader), InputErrorCode.NotAnInteger, Excerpt(ref reader));
            return null;
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            WrongType(ref reader, where, leaf, -1, "integer");
        }

        return null;
    }
}

/// <summary>A single token longer than <see cref="DatasetParser.MaxValueBytes"/>: reported as one error, never read whole.</summary>
internal sealed class ValueTooLargeException : Exception
{
}
