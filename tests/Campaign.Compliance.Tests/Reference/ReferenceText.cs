using System.Globalization;
using System.Text;

namespace Campaign.Compliance.Tests.Reference;

/// <summary>The text operations of rules.md, written plainly: normalized text (SUP-006, MIS-003) and concrete characters (SUP-005).</summary>
public static class ReferenceText
{
    /// <summary>
    /// rules.md "normalized text": NFKC, then every scalar value of the categories Z*, P*, S*, C* removed, then lower-cased
    /// (invariant culture).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized text, possibly empty.</returns>
    public static string Normalize(string text) => RemoveSeparatorsPunctuationSymbolsOther(text.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();

    /// <summary>
    /// The concrete characters of a measure (SUP-005): NFKC; every occurrence of every stock phrase removed
    /// (ordinal case-insensitive, longest phrase first, ties in ordinal order, one phrase everywhere before the next);
    /// then Z*, P*, S*, C* removed.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="stockPhrases">The stock phrases.</param>
    /// <returns>What remains.</returns>
    public static string ConcreteText(string measure, IEnumerable<string> stockPhrases)
    {
        var text = measure.Normalize(NormalizationForm.FormKC);
        var ordered = stockPhrases
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.EnumerateRunes().Count())
            .ThenBy(p => p, StringComparer.Ordinal);
        foreach (var phrase in ordered)
        {
            text = text.Replace(phrase, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        return RemoveSeparatorsPunctuationSymbolsOther(text);
    }

    /// <summary>The number of Unicode scalar values of <paramref name="text"/> (a surrogate pair counts once).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The count.</returns>
    public static int ScalarCount(string text) => text.EnumerateRunes().Count();

    private static string RemoveSeparatorsPunctuationSymbolsOther(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsRemoved(Rune.GetUnicodeCategory(rune)))
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString();
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
