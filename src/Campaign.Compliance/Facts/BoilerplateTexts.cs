namespace Campaign.Compliance.Facts;

/// <summary>
/// SUP-006's text counts: how many problems share each normalized text, and one <see cref="ProblemText"/> fact for
/// each text shared by at least <c>BoilerplateMinOwners</c> problems. A text with fewer problems cannot have that
/// many distinct owners, so it needs no fact and no aggregation in the engine. Used by a session as it loads and
/// changes problems, and by the partitioned check across its parts.
/// </summary>
internal sealed class BoilerplateTexts(int minProblems)
{
    private readonly Dictionary<string, (ProblemText? Fact, int Count)> _texts = new(StringComparer.Ordinal);

    /// <summary>The facts of the texts at or above the threshold, in the order they reached it.</summary>
    public List<ProblemText> Facts()
    {
        var facts = new List<ProblemText>();
        foreach (var (fact, _) in _texts.Values)
        {
            if (fact is not null)
            {
                facts.Add(fact);
            }
        }

        return facts;
    }

    /// <summary>Counts the profile's text; the text's new fact when this problem brings it to the threshold, else null.</summary>
    public ProblemText? Add(ProblemProfile profile)
    {
        if (profile.NormalizedText is not { } text)
        {
            return null;
        }

        ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_texts, text, out _);
        entry.Count++;
        if (entry.Fact is null && entry.Count >= minProblems)
        {
            entry.Fact = new ProblemText(text);
            return entry.Fact;
        }

        return null;
    }

    /// <summary>Uncounts the profile's text (it must have been added); the text's fact when it falls below the threshold, else null.</summary>
    public ProblemText? Remove(ProblemProfile profile)
    {
        if (profile.NormalizedText is not { } text)
        {
            return null;
        }

        ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_texts, text);
        entry.Count--;
        ProblemText? retired = null;
        if (entry.Fact is { } fact && entry.Count < minProblems)
        {
            entry.Fact = null;
            retired = fact;
        }

        if (entry.Count == 0)
        {
            _texts.Remove(text);
        }

        return retired;
    }

    /// <summary>Whether the profile's text is shared by at least the threshold's number of problems.</summary>
    public bool Qualifies(ProblemProfile profile) =>
        profile.NormalizedText is { } text && _texts.TryGetValue(text, out var entry) && entry.Fact is not null;
}
