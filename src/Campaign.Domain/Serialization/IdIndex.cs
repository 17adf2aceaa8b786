namespace Campaign.Domain.Serialization;

/// <summary>
/// The ids of one collection read so far, each with the position of its first record. References are looked up here
/// straight from the decoded characters (no string made), so a reference to a record already read both is checked
/// and shares the id string of that record.
/// </summary>
internal sealed class IdIndex
{
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public IdIndex(string kind, int collection = -1)
    {
        Kind = kind;
        Collection = collection;
        Positions = new Dictionary<string, int>(StringComparer.Ordinal);
        _lookup = Positions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>What the collection holds, for messages: "unit", "person", "opinion", "problem".</summary>
    public string Kind { get; }

    /// <summary>The collection's number in <c>units, people, opinions, problems, rectifications</c> (-1 when none).</summary>
    public int Collection { get; }

    /// <summary>Each id with the position of the first record that has it.</summary>
    public Dictionary<string, int> Positions { get; private set; }

    /// <summary>
    /// Adds the ids of <paramref name="other"/> (an index of the records that follow this one's) with their positions
    /// moved by <paramref name="offset"/>; false at the first id both hold. An empty index takes the other's table over.
    /// </summary>
    public bool Append(IdIndex other, int offset)
    {
        if (Positions.Count == 0 && offset == 0)
        {
            Positions = other.Positions;
            _lookup = other._lookup;
            return true;
        }

        Positions.EnsureCapacity(Positions.Count + other.Positions.Count);
        foreach (var (id, position) in other.Positions)
        {
            if (!Positions.TryAdd(id, position + offset))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds <paramref name="id"/> at <paramref name="position"/>; false (and nothing changed) when it is already there.</summary>
    public bool TryAdd(string id, int position) => Positions.TryAdd(id, position);

    /// <summary>The position of the record with <paramref name="id"/>, or -1.</summary>
    public int PositionOf(string id) => Positions.TryGetValue(id, out var position) ? position : -1;

    /// <summary>Finds <paramref name="id"/>: true with the index's own string and the record's position.</summary>
    public bool TryFind(ReadOnlySpan<char> id, out string known, out int position) => _lookup.TryGetValue(id, out known!, out position);
}
