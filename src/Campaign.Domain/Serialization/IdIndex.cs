namespace Campaign.Domain.Serialization;

/// <summary>
/// The ids of one collection read so far, each with the position of its first record. References are looked up here
/// straight from the decoded characters (no string made), so a reference to a record already read both is checked
/// and shares the id string of that record.
/// </summary>
internal sealed class IdIndex
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public IdIndex(string kind)
    {
        Kind = kind;
        Positions = new Dictionary<string, int>(StringComparer.Ordinal);
        _lookup = Positions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>What the collection holds, for messages: "unit", "person", "opinion", "problem".</summary>
    public string Kind { get; }

    /// <summary>Each id with the position of the first record that has it.</summary>
    public Dictionary<string, int> Positions { get; }

    /// <summary>Adds <paramref name="id"/> at <paramref name="position"/>; false (and nothing changed) when it is already there.</summary>
    public bool TryAdd(string id, int position) => Positions.TryAdd(id, position);

    /// <summary>The position of the record with <paramref name="id"/>, or -1.</summary>
    public int PositionOf(string id) => Positions.TryGetValue(id, out var position) ? position : -1;

    /// <summary>Finds <paramref name="id"/>: true with the index's own string and the record's position.</summary>
    public bool TryFind(ReadOnlySpan<char> id, out string known, out int position) => _lookup.TryGetValue(id, out known!, out position);
}
