using System.Globalization;
using System.Text;

namespace Campaign.Compliance.Text;

/// <summary>The text functions of rules.md: normalized text (SUP-006, MIS-003) and concrete characters of a measure (SUP-005).</summary>
internal static class TextNormalization
{
    /// <summary>
    /// Normalized text: NFKC, then every character of the categories Z*, P*, S*, C* removed, then lower-cased
    /// (invariant culture). Computed once per fact, not in a join.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return KeepLettersAndMarksLowered(Nfkc(text));
    }

    /// <summary>
    /// The number of Unicode scalar values left of a measure after NFKC, removing every stock phrase (in the
    /// given order: longest first, ties ordinal, case-insensitive, each everywhere before the next), then
    /// removing Z*, P*, S*, C* characters.
    /// </summary>
    public static int ConcreteLength(string measure, IReadOnlyList<string> orderedPhrases)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var text = Nfkc(measure);
        for (var i = 0; i < orderedPhrases.Count; i++)
        {
            var phrase = orderedPhrases[i];
            text = text.Replace(phrase, string.Empty, IsCaseless(phrase) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        }

        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsRemoved(Rune.GetUnicodeCategory(rune)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// NFKC, skipping the ICU call (costly, and called for every text) when every character is one NFKC leaves alone and that
    /// nothing can compose with: printable ASCII, CJK unified ideographs and the common Chinese punctuation without
    /// compatibility mappings. Any other character takes the full normalization.
    /// </summary>
    internal static string Nfkc(string text)
    {
        foreach (var c in text)
        {
            if (!IsNfkcInert(c))
            {
                return text.Normalize(NormalizationForm.FormKC);
            }
        }

        return text;
    }

    /// <summary>A character with no decomposition, combining class 0, and no composition with any inert neighbour.</summary>
    internal static bool IsNfkcInert(char c) => c switch
    {
        >= ' ' and <= '~' => true,
        >= '\u4E00' and <= '\u9FFF' => true,
        >= '\u3400' and <= '\u4DBF' => true,
        '\u3001' or '\u3002' or (>= '\u3008' and <= '\u3011') => true,
        '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' => true,
        _ => false,
    };

    /// <summary>
    /// Whether ignoring case cannot change what <paramref name="phrase"/> matches: every character is a CJK ideograph,
    /// Chinese punctuation or printable ASCII other than a letter, none of which is the upper case of another
    /// character, so the ordinal search (vectorized, no case table) finds exactly what the case-insensitive one
    /// would. Stock phrases are Chinese: this keeps SUP-005 off the slow case-insensitive search.
    /// </summary>
    internal static bool IsCaseless(string phrase)
    {
        foreach (var c in phrase)
        {
            if (!IsNfkcInert(c) || char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Stock phrases in removal order: longest first (in Unicode scalar values, as characters are counted), ties in ordinal order; duplicates once.</summary>
    public static IReadOnlyList<string> OrderPhrases(IEnumerable<string> phrases)
    {
        var list = new List<string>(new HashSet<string>(phrases, StringComparer.Ordinal));
        list.Sort(static (a, b) =>
        {
            var byLength = ScalarCount(b).CompareTo(ScalarCount(a));
            return byLength != 0 ? byLength : string.CompareOrdinal(a, b);
        });
        return list.AsReadOnly();
    }

    private static int ScalarCount(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    // Hot (once per problem): one pass, no string per character, and the culture's lower-casing only when a character
    // can change under it (after NFKC and the removal of S*, only upper/title-case letters and letter numbers can).
    private static string KeepLettersAndMarksLowered(string text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var needsLower = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsRemoved(category))
            {
                continue;
            }

            needsLower |= category is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.LetterNumber;
            length += rune.EncodeToUtf16(buffer[length..]);
        }

        var kept = length == text.Length ? text : new string(buffer[..length]);
        return needsLower ? kept.ToLowerInvariant() : kept;
    }

    private static bool IsRemoved(UnicodeCategory category) => category switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => true,
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned => true,
        _ => false,
    };
}
