using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Campaign.Domain.Input;

namespace Campaign.Domain.Serialization;

/// <summary>
/// Says in our words what is wrong where the JSON reader failed, from the bytes at the failure and the last token read,
/// and recognises files that are not UTF-8. The reader's own wording ("isFinalBlock", "Change the reader options") is
/// never shown.
/// </summary>
internal static class JsonSyntax
{
    private const int ExcerptBytes = 24;

    /// <summary>The error for a syntax failure.</summary>
    /// <param name="buffer">The bytes held, from the start of the reader's current block.</param>
    /// <param name="consumed">Where the reader stopped (the failing token starts at or after it).</param>
    /// <param name="endOfData">Whether the buffer ends the document.</param>
    /// <param name="lastToken">The last token read successfully.</param>
    /// <param name="depth">The depth after that token.</param>
    /// <returns>The code and its argument (null for codes without one).</returns>
    public static (InputErrorCode Code, string? Argument) Classify(ReadOnlySpan<byte> buffer, int consumed, bool endOfData, JsonTokenType lastToken, int depth)
    {
        var rest = buffer[consumed..];
        var at = SkipWhiteSpace(rest, 0);
        if (at == rest.Length)
        {
            return (lastToken == JsonTokenType.None ? InputErrorCode.EmptyDocument : endOfData ? InputErrorCode.Truncated : InputErrorCode.MalformedJson, null);
        }

        rest = rest[at..];
        if (rest.StartsWith("\uFEFF"u8))
        {
            return (InputErrorCode.StrayByteOrderMark, null);
        }

        if (rest.StartsWith("//"u8) || rest.StartsWith("/*"u8))
        {
            return (InputErrorCode.Comment, null);
        }

        var previous = LastNonWhiteSpace(buffer[..consumed]);
        switch (lastToken)
        {
            case JsonTokenType.None:
            case JsonTokenType.PropertyName:
                return Value(rest, endOfData);
            case JsonTokenType.StartObject:
                return rest[0] == (byte)'"' ? Text(rest, endOfData) : Name(rest);
            case JsonTokenType.StartArray:
                return Value(rest, endOfData);
        }

        if (depth == 0)
        {
            return (InputErrorCode.TrailingContent, Excerpt(rest));
        }

        if (previous == ',')
        {
            // The comma was read: what follows it is wrong.
            if (rest[0] is (byte)'}' or (byte)']')
            {
                return (InputErrorCode.TrailingComma, ((char)rest[0]).ToString());
            }

            return LooksLikeName(rest) ? Name(rest) : Value(rest, endOfData);
        }

        if (lastToken == JsonTokenType.String && previous == '"' && BeforeString(buffer[..consumed]) is not ':' and not '[')
        {
            // A string after '{' or ',' was a property name that the colon should follow.
            return (InputErrorCode.ExpectedColon, Excerpt(rest));
        }

        return (InputErrorCode.ExpectedCommaOrEnd, Excerpt(rest));
    }

    /// <summary><c>UTF-16</c> or <c>UTF-32</c> when the document starts like one (a byte order mark, or zero bytes
    /// around the first characters, which JSON text in UTF-8 never has); null otherwise.</summary>
    public static string? WideEncoding(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || start.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return "UTF-32";
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16";
        }

        // Without a byte order mark: JSON starts with ASCII, which UTF-16 and UTF-32 pad with zero bytes in a fixed place.
        var head = start[..Math.Min(16, start.Length)];
        if (Padded(head, 4, 0) || Padded(head, 4, 3))
        {
            return "UTF-32";
        }

        return Padded(head, 2, 0) || Padded(head, 2, 1) ? "UTF-16" : null;
    }

    /// <summary>Whether <paramref name="head"/> holds at least two units of <paramref name="width"/> bytes, each with a
    /// non-zero byte at <paramref name="at"/> and zeros elsewhere.</summary>
    private static bool Padded(ReadOnlySpan<byte> head, int width, int at)
    {
        var units = head.Length / width;
        if (units < 2)
        {
            return false;
        }

        for (var unit = 0; unit < units; unit++)
        {
            for (var i = 0; i < width; i++)
            {
                if ((head[(unit * width) + i] == 0) == (i == at))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The index of the first byte of <paramref name="bytes"/> that does not start a valid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[at..], out _, out var used);
            if (status != OperationStatus.Done)
            {
                return at;
            }

            at += used;
        }

        return -1;
    }

    /// <summary>The first invalid bytes in hex and the encoding they suggest: two high bytes in a row are a GBK character,
    /// one high byte among ASCII is Latin-1.</summary>
    public static (string Hex, string Guess) DescribeInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return (string.Empty, string.Empty);
        }

        var first = bytes[0];
        var second = bytes.Length > 1 ? bytes[1] : (byte)0;
        if (first is >= 0x81 and <= 0xFE && second is >= 0x80 and <= 0xFE)
        {
            return (Hex(bytes[..2]), "GBK");
        }

        return first >= 0x80 ? (Hex(bytes[..1]), "Latin-1") : (Hex(bytes[..1]), string.Empty);
    }

    private static string Hex(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        foreach (var b in bytes)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append("0x").Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static (InputErrorCode, string?) Value(ReadOnlySpan<byte> rest, bool endOfData) => rest[0] switch
    {
        (byte)'"' => Text(rest, endOfData),
        (byte)'\'' => (InputErrorCode.SingleQuotes, null),
        (byte)'-' or (>= (byte)'0' and <= (byte)'9') => IsCut(rest, endOfData) ? (InputErrorCode.Truncated, null) : (InputErrorCode.InvalidNumber, Excerpt(rest)),
        (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') => IsCut(rest, endOfData) ? (InputErrorCode.Truncated, null) : (InputErrorCode.InvalidLiteral, Excerpt(rest)),
        _ => (InputErrorCode.ExpectedValue, Excerpt(rest)),
    };

    private static (InputErrorCode, string?) Name(ReadOnlySpan<byte> rest) =>
        rest[0] == (byte)'\'' ? (InputErrorCode.SingleQuotes, null) : (InputErrorCode.ExpectedPropertyName, Excerpt(rest));

    /// <summary>A string the reader refused: cut off by the end of the file, or holding a control character or bad escape.</summary>
    private static (InputErrorCode, string?) Text(ReadOnlySpan<byte> rest, bool endOfData)
    {
        for (var i = 1; i < rest.Length; i++)
        {
            if (rest[i] == (byte)'\\')
            {
                i++;
            }
            else if (rest[i] == (byte)'"')
            {
                return (InputErrorCode.InvalidString, null);
            }
        }

        return (endOfData ? InputErrorCode.Truncated : InputErrorCode.InvalidString, null);
    }

    /// <summary>Whether a number or word runs to the end of the file (the document was cut inside it).</summary>
    private static bool IsCut(ReadOnlySpan<byte> rest, bool endOfData)
    {
        if (!endOfData)
        {
            return false;
        }

        foreach (var b in rest)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'+' or (byte)'.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text reads like an unquoted property name: a word followed by a colon.</summary>
    private static bool LooksLikeName(ReadOnlySpan<byte> rest)
    {
        var i = 0;
        while (i < rest.Length && (char.IsAsciiLetterOrDigit((char)rest[i]) || rest[i] is (byte)'_' or (byte)'\''))
        {
            i++;
        }

        i = SkipWhiteSpace(rest, i);
        return i > 0 && i < rest.Length && rest[i] == (byte)':';
    }

    private static char LastNonWhiteSpace(ReadOnlySpan<byte> before)
    {
        for (var i = before.Length - 1; i >= 0; i--)
        {
            if (!IsWhiteSpace(before[i]))
            {
                return (char)before[i];
            }
        }

        return '\0';
    }

    /// <summary>The character before the string that ends <paramref name="before"/> (white space aside).</summary>
    private static char BeforeString(ReadOnlySpan<byte> before)
    {
        var end = before.Length - 1;
        while (end >= 0 && IsWhiteSpace(before[end]))
        {
            end--;
        }

        for (var i = end - 1; i >= 0; i--)
        {
            if (before[i] == (byte)'"' && (i == 0 || before[i - 1] != (byte)'\\'))
            {
                return LastNonWhiteSpace(before[..i]);
            }
        }

        return '\0';
    }

    private static int SkipWhiteSpace(ReadOnlySpan<byte> bytes, int from)
    {
        while (from < bytes.Length && IsWhiteSpace(bytes[from]))
        {
            from++;
        }

        return from;
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>The text found, for the message: one structural character, or a word up to the next delimiter.</summary>
    private static string Excerpt(ReadOnlySpan<byte> rest)
    {
        if (rest[0] < 0x20 || rest[0] == 0x7F)
        {
            // An invisible control character: shown by its code.
            return "U+" + rest[0].ToString("X4", CultureInfo.InvariantCulture);
        }

        if (rest[0] is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)',' or (byte)':' or (byte)'"')
        {
            return ((char)rest[0]).ToString();
        }

        var end = 0;
        while (end < rest.Length && end < ExcerptBytes && !IsWhiteSpace(rest[end]) && rest[end] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)':' or (byte)'"'))
        {
            end++;
        }

        while (end < rest.Length && end > 0 && (rest[end] & 0xC0) == 0x80)
        {
            end--;
        }

        var text = Encoding.UTF8.GetString(rest[..Math.Max(end, 1)]);
        return end >= ExcerptBytes ? text + "…" : text;
    }
}
