using System.Globalization;
using System.Text;

namespace Campaign.Domain.Workbooks;

/// <summary>Cell references, Excel dates and the <c>_xHHHH_</c> escapes of SpreadsheetML text.</summary>
internal static class ExcelCells
{
    /// <summary>Day 0 of Excel's 1900 date system, counted so that serial 61 is 1900-03-01 (Excel counts a 29 February 1900 that never was).</summary>
    private static readonly DateOnly Epoch1900 = new(1899, 12, 30);
    private static readonly DateOnly Epoch1904 = new(1904, 1, 1);

    /// <summary>The column letters of a 0-based column index: 0 is A, 26 is AA.</summary>
    public static string ColumnName(int index)
    {
        Span<char> letters = stackalloc char[4];
        var at = letters.Length;
        var n = index + 1;
        while (n > 0)
        {
            var rest = (n - 1) % 26;
            letters[--at] = (char)('A' + rest);
            n = (n - 1) / 26;
        }

        return new string(letters[at..]);
    }

    /// <summary>The 0-based column of a reference such as <c>D17</c>, and its row; false when it is not one.</summary>
    public static bool TryParseReference(ReadOnlySpan<char> reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        if (i == 0 || i == reference.Length || !int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out row))
        {
            return false;
        }

        column--;
        return true;
    }

    /// <summary>The serial number of a date in Excel's 1900 date system.</summary>
    public static int ToSerial(DateOnly date) => date.DayNumber - Epoch1900.DayNumber;

    /// <summary>The date of a serial number (its time of day dropped); false when it is outside the years Excel knows.</summary>
    public static bool TryFromSerial(double serial, bool date1904, out DateOnly date)
    {
        date = default;
        if (double.IsNaN(serial) || serial < 1 || serial >= 2958466)
        {
            return false;
        }

        var days = (int)Math.Floor(serial);
        if (date1904)
        {
            date = Epoch1904.AddDays(days);
        }
        else
        {
            // Serials below 61 come before Excel's phantom 1900-02-29: one day later than the formula.
            date = days < 61 ? Epoch1900.AddDays(days + 1) : Epoch1900.AddDays(days);
        }

        return true;
    }

    /// <summary>Escapes what XML cannot hold (control characters) as <c>_xHHHH_</c>, and a literal <c>_xHHHH_</c> as <c>_x005F_xHHHH_</c>, as Excel does.</summary>
    public static string Escape(string text)
    {
        if (!NeedsEscape(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && IsEscapeAt(text, i))
            {
                escaped.Append("_x005F_");
            }
            else if (IsInvalidXml(c, text, i))
            {
                escaped.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Undoes <see cref="Escape"/>.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && IsEscapeAt(text, i))
            {
                plain.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 6;
            }
            else
            {
                plain.Append(text[i]);
            }
        }

        return plain.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((text[i] == '_' && IsEscapeAt(text, i)) || IsInvalidXml(text[i], text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEscapeAt(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3])
        && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);

    private static bool IsInvalidXml(char c, string text, int i)
    {
        if (c < 0x20)
        {
            return c is not ('\t' or '\n' or '\r');
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return c is '\uFFFE' or '\uFFFF';
    }
}
