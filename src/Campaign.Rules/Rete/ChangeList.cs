namespace Campaign.Rules.Rete;

// Lists are pooled per session and reused across propagations.

/// <summary>What happens to one item of a set propagated through the network.</summary>
internal enum ChangeKind : byte
{
    Assert,
    Modify,
    Retract,
}

/// <summary>
/// A set of changes (facts on the alpha side, tokens on the beta side) handed from a node to its successors as one
/// list; the order of the list is the order of the changes.
/// </summary>
internal sealed class ChangeList<T>
    where T : class
{
    private T[] _items = new T[4];
    private ChangeKind[] _kinds = new ChangeKind[4];

    public int Count { get; private set; }

    public int Capacity => _items.Length;

    public T this[int index] => _items[index];

    public ChangeKind KindAt(int index) => _kinds[index];

    public void Add(T item, ChangeKind kind)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
            Array.Resize(ref _kinds, Count * 2);
        }

        _items[Count] = item;
        _kinds[Count] = kind;
        Count++;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }
}

/// <summary>Reusable change lists of one session (propagation nests, so several are in use at once).</summary>
internal sealed class ChangeListPool<T>
    where T : class
{
    // Lists that grew beyond this are dropped when the operation ends, so a large set does not pin its scratch.
    private const int KeptCapacity = 4 * Session.SliceSize;
    private readonly Stack<ChangeList<T>> _free = new();

    public ChangeList<T> Rent() => _free.Count > 0 ? _free.Pop() : new ChangeList<T>();

    public void Return(ChangeList<T> list)
    {
        list.Clear();
        _free.Push(list);
    }

    /// <summary>Drops the large lists (called when a working-memory operation ends).</summary>
    public void Trim()
    {
        if (_free.Count == 0)
        {
            return;
        }

        var large = false;
        foreach (var list in _free)
        {
            large |= list.Capacity > KeptCapacity;
        }

        if (!large)
        {
            return;
        }

        var kept = new Stack<ChangeList<T>>();
        foreach (var list in _free)
        {
            if (list.Capacity <= KeptCapacity)
            {
                kept.Push(list);
            }
        }

        _free.Clear();
        foreach (var list in kept)
        {
            _free.Push(list);
        }
    }
}
