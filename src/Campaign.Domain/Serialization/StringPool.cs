namespace Campaign.Domain.Serialization;

/// <summary>
/// A bounded table of strings that hands out one instance per distinct text, looked up from characters so a repeat
/// makes no string at all. The reader keeps one per kind of repetitive text (names of people, opinion texts, measures,
/// evidence references): datasets repeat a few hundred of these across millions of records.
/// </summary>
/// <remarks>
/// Once <see cref="Capacity"/> distinct texts are held, new ones are returned as fresh strings and not added, so the
/// table never grows past its bound however varied the input; texts longer than <see cref="MaxLength"/> are never
/// pooled.
/// </remarks>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool(int capacity = 4096, int maxLength = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        Capacity = capacity;
        MaxLength = maxLength;
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most distinct texts held.</summary>
    public int Capacity { get; }

    /// <summary>The longest text pooled, in UTF-16 code units.</summary>
    public int MaxLength { get; }

    /// <summary>The number of distinct texts held.</summary>
    public int Count => _strings.Count;

    /// <summary>The pooled instance equal to <paramref name="text"/>, adding it while there is room; a fresh string otherwise.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return new string(text);
        }

        if (_lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var created = new string(text);
        if (_strings.Count < Capacity)
        {
            _strings.Add(created);
        }

        return created;
    }
}
