namespace Campaign.Domain.Campaigns;

/// <summary>
/// Records grouped by a string key in a compressed (CSR) layout: a key → group dictionary, the offset of each group
/// and one flat array holding every group's records contiguously, each group in input order.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RelationIndex<T>
    where T : class
{
    private readonly Dictionary<string, int> _groups;
    private readonly int[] _offsets;
    private readonly T[] _items;

    /// <summary>Creates the index from its parts (see <see cref="RelationIndexBuilder{T}"/>).</summary>
    internal RelationIndex(Dictionary<string, int> groups, int[] offsets, T[] items)
    {
        _groups = groups;
        _offsets = offsets;
        _items = items;
    }

    /// <summary>The records of <paramref name="key"/>, as a read-only view; the shared empty view when none.</summary>
    public IReadOnlyList<T> Get(string key)
    {
        if (!_groups.TryGetValue(key, out var group))
        {
            return ReadOnlySlice<T>.Empty;
        }

        var start = _offsets[group];
        return new ReadOnlySlice<T>(_items, start, _offsets[group + 1] - start);
    }
}
