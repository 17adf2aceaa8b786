using System.Runtime.InteropServices;

namespace Campaign.Domain.Campaigns;

/// <summary>
/// Builds a <see cref="RelationIndex{T}"/> in three passes: <see cref="Add"/> numbers the keys and counts each group,
/// <see cref="Build"/> turns the counts into offsets and scatters the records into one flat array.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>Hot path (province-sized datasets).</remarks>
internal sealed class RelationIndexBuilder<T>
    where T : class
{
    private readonly Dictionary<string, int> _groups;
    private int[] _counts;
    private int[] _lastRecord;
    private int[] _occurrenceGroups;
    private T[] _occurrenceItems;
    private int _groupCount;
    private int _occurrenceCount;
    private string? _lastKey;
    private int _lastGroup;

    /// <summary>Creates a builder expecting about <paramref name="keys"/> keys and <paramref name="occurrences"/> records.</summary>
    public RelationIndexBuilder(int keys, int occurrences)
    {
        keys = Math.Max(keys, 4);
        occurrences = Math.Max(occurrences, 4);
        _groups = new Dictionary<string, int>(keys, StringComparer.Ordinal);
        _counts = new int[keys];
        _lastRecord = new int[keys];
        _occurrenceGroups = new int[occurrences];
        _occurrenceItems = new T[occurrences];
    }

    /// <summary>
    /// Relates <paramref name="item"/> (record number <paramref name="record"/>, increasing between calls) to
    /// <paramref name="key"/>; a record relating the same key twice is related once.
    /// </summary>
    public void Add(string key, T item, int record)
    {
        int group;
        if (_lastKey is not null && string.Equals(key, _lastKey, StringComparison.Ordinal))
        {
            // Records often come grouped by key (problems by unit): skip the hashing.
            group = _lastGroup;
        }
        else
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out var exists);
            if (!exists)
            {
                slot = NewGroup();
            }

            group = slot;
            _lastKey = key;
            _lastGroup = group;
        }

        if (_counts[group] > 0 && _lastRecord[group] == record)
        {
            return;
        }

        _lastRecord[group] = record;
        _counts[group]++;
        if (_occurrenceCount == _occurrenceGroups.Length)
        {
            Array.Resize(ref _occurrenceGroups, _occurrenceCount * 2);
            Array.Resize(ref _occurrenceItems, _occurrenceCount * 2);
        }

        _occurrenceGroups[_occurrenceCount] = group;
        _occurrenceItems[_occurrenceCount] = item;
        _occurrenceCount++;
    }

    /// <summary>Lays the groups out; the builder must not be used afterwards.</summary>
    public RelationIndex<T> Build()
    {
        var offsets = new int[_groupCount + 1];
        for (var g = 0; g < _groupCount; g++)
        {
            offsets[g + 1] = offsets[g] + _counts[g];
        }

        // The counts become each group's write cursor.
        var cursors = _counts;
        Array.Copy(offsets, cursors, _groupCount);
        var items = _occurrenceCount == 0 ? [] : new T[_occurrenceCount];
        for (var i = 0; i < _occurrenceCount; i++)
        {
            items[cursors[_occurrenceGroups[i]]++] = _occurrenceItems[i];
        }

        return new RelationIndex<T>(_groups, offsets, items);
    }

    private int NewGroup()
    {
        if (_groupCount == _counts.Length)
        {
            Array.Resize(ref _counts, _groupCount * 2);
            Array.Resize(ref _lastRecord, _groupCount * 2);
        }

        _counts[_groupCount] = 0;
        return _groupCount++;
    }
}
