namespace Campaign.Cli.Output;

/// <summary>
/// Breaks text into lines of a terminal width (East Asian wide characters take two cells) so that no line starts
/// with a closing punctuation mark (。，、）：；！？ and their ASCII kin): such a mark stays on the line before,
/// which may then be one character longer (the line-breaking rule of Chinese typesetting, 避头点).
/// </summary>
internal static class TerminalText
{
    private const string NoLineStart = "。，、．：；！？）】》」』〕”’…·,.;:!?)]}%";

    public static string Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        width = Math.Max(width, 4);
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph, width, lines);
        }

        return string.Join('\n', lines);
    }

    public static int CellWidth(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
            ? 2
            : 1;

    public static int CellWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += CellWidth(c);
        }

        return width;
    }

    private static void WrapParagraph(string text, int width, List<string> lines)
    {
        var start = 0;
        while (start < text.Length)
        {
            var used = 0;
            var end = start;
            var lastSpace = -1;
            while (end < text.Length && used + CellWidth(text[end]) <= width)
            {
                if (text[end] == ' ')
                {
                    lastSpace = end;
                }

                used += CellWidth(text[end]);
                end++;
            }

            if (end < text.Length)
            {
                // Latin words break at the last space; a run of Chinese breaks anywhere but before a closing mark.
                if (text[end] != ' ' && lastSpace > start && !IsWide(text[end]) && !IsWide(text[end - 1]))
                {
                    end = lastSpace;
                }

                while (end < text.Length && NoLineStart.Contains(text[end], StringComparison.Ordinal))
                {
                    end++;
                }
            }

            lines.Add(text[start..end].TrimEnd());
            start = end;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }
        }

        if (text.Length == 0)
        {
            lines.Add(string.Empty);
        }
    }

    private static bool IsWide(char c) => CellWidth(c) == 2;
}
