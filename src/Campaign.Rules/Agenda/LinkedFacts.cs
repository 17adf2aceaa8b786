namespace Campaign.Rules.Agenda;

/// <summary>
/// The facts an activation linked, by key (<c>IContext.InsertLinked</c>): the first one inline, the
/// others in a small array, instead of a dictionary per activation (most activations link one fact).
/// </summary>
/// <remarks>
/// Enumerates in the order a <c>Dictionary&lt;object, object&gt;</c> would: slot order, a removed key's slot reused by
/// the next key added (last freed first), a replaced value keeping its slot. Keys compare as that dictionary's do
/// (hash code, then <see cref="object.Equals(object)"/>); lookups are linear, which suits the few links of a match.
/// </remarks>
internal sealed class LinkedFacts
{
    private Link _first;
    private Link[]? _more;
    private int _used;
    private Stack<int>? _free;

    public int Count { get; private set; }

    public bool TryAdd(object key, object fact)
    {
        var hash = key.GetHashCode();
        if (Find(key, hash) >= 0)
        {
            return false;
        }

        int slot;
        if (_free is { Count: > 0 })
        {
            slot = _free.Pop();
        }
        else
        {
            slot = _used++;
            if (slot > 0)
            {
                _more ??= new Link[2];
                if (slot - 1 == _more.Length)
                {
                    Array.Resize(ref _more, _more.Length * 2);
                }
            }
        }

        At(slot) = new Link { Key = key, Fact = fact, Hash = hash };
        Count++;
        return true;
    }

    public bool TryGetValue(object key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? fact)
    {
        var slot = Find(key, key.GetHashCode());
        fact = slot >= 0 ? At(slot).Fact : null;
        return slot >= 0;
    }

    /// <summary>Replaces the fact of a key present (the key keeps its place).</summary>
    public void Replace(object key, object fact) => At(Find(key, key.GetHashCode())).Fact = fact;

    public bool Remove(object key)
    {
        var slot = Find(key, key.GetHashCode());
        if (slot < 0)
        {
            return false;
        }

        At(slot) = default;
        (_free ??= new Stack<int>()).Push(slot);
        Count--;
        return true;
    }

    /// <summary>The keys, in order.</summary>
    public List<object> Keys()
    {
        var keys = new List<object>(Count);
        for (var i = 0; i < _used; i++)
        {
            if (At(i).Key is { } key)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The fact in slot <paramref name="slot"/> (0 to <see cref="Slots"/> - 1), null for a freed slot.</summary>
    public object? FactAt(int slot) => At(slot).Fact;

    /// <summary>The number of slots to look at when enumerating (freed slots included).</summary>
    public int Slots => _used;

    private int Find(object key, int hash)
    {
        for (var i = 0; i < _used; i++)
        {
            ref var link = ref At(i);
            if (link.Key is not null && link.Hash == hash && link.Key.Equals(key))
            {
                return i;
            }
        }

        return -1;
    }

    private ref Link At(int slot) => ref slot == 0 ? ref _first : ref _more![slot - 1];

    private struct Link
    {
        public object? Key;
        public object? Fact;
        public int Hash;
    }
}
