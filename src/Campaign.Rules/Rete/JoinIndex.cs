namespace Campaign.Rules.Rete;

/// <summary>
/// The hash index of a join: one bucket per join key holding both the left tokens and the right facts with
/// that key, so an incoming token or fact meets only its matches. Without an equality condition there is a
/// single bucket (nested-loop join).
/// </summary>
/// <remarks>
/// A bucket is a slot number, not an object: the heads of its two lists are in <see cref="_heads"/> (shared by both
/// kinds of index), and a keyed index chains its keys in arrays of its own (open hashing: a table of chain heads and a
/// next-slot array). Tokens and entries hold their bucket's slot number; a slot emptied of both sides is released to
/// a free list and reused, so a session's buckets cost one array element each instead of a bucket object plus a
/// dictionary entry. Both lists are doubly linked with the head's previous link pointing at the tail (see
/// <see cref="Chains"/>), so appending at the tail needs no tail field.
/// </remarks>
internal abstract class JoinIndex
{
    /// <summary>No bucket (the key could not be computed).</summary>
    public const int None = -1;

    private SlotArray<BucketHeads> _heads;

    protected JoinIndex(int capacity) => _heads = new SlotArray<BucketHeads>(capacity);

    /// <summary>The join condition the index serves (for error reports).</summary>
    public System.Linq.Expressions.LambdaExpression? Condition { get; init; }

    public abstract bool IsHashed { get; }

    /// <summary>The number of buckets in use.</summary>
    public abstract int BucketCount { get; }

    /// <summary>The slot capacity (diagnostics and tests).</summary>
    internal int Capacity => _heads.Capacity;

    /// <summary>The bucket of the token's key, created when new.</summary>
    public abstract int ForToken(Token token);

    /// <summary>The bucket of the fact's key, created when new.</summary>
    public abstract int ForFact(object fact);

    /// <summary>Fresh comparison of both keys (used when re-checking a match after an update).</summary>
    public abstract bool KeysEqual(Token token, object fact);

    /// <summary>The first token of the bucket (in insertion order).</summary>
    public JoinToken? FirstToken(int bucket) => _heads[bucket].FirstToken;

    /// <summary>The first right entry of the bucket (in insertion order).</summary>
    public RightEntry? FirstEntry(int bucket) => _heads[bucket].FirstEntry;

    public void AddToken(int bucket, JoinToken token)
    {
        token.Bucket = bucket;
        Chains.Append<JoinToken, BucketTokenLinks>(ref _heads[bucket].FirstToken, token);
    }

    /// <summary>Removes the token from its bucket and releases the bucket when it is left empty.</summary>
    public void RemoveToken(JoinToken token)
    {
        var bucket = token.Bucket;
        ref var heads = ref _heads[bucket];
        Chains.Remove<JoinToken, BucketTokenLinks>(ref heads.FirstToken, token);
        token.Bucket = None;
        if (heads.FirstToken is null && heads.FirstEntry is null)
        {
            Release(bucket);
        }
    }

    public void AddEntry(int bucket, RightEntry entry)
    {
        entry.Bucket = bucket;
        Chains.Append<RightEntry, BucketEntryLinks>(ref _heads[bucket].FirstEntry, entry);
    }

    /// <summary>Removes the entry from its bucket and releases the bucket when it is left empty.</summary>
    public void RemoveEntry(RightEntry entry)
    {
        var bucket = entry.Bucket;
        ref var heads = ref _heads[bucket];
        Chains.Remove<RightEntry, BucketEntryLinks>(ref heads.FirstEntry, entry);
        entry.Bucket = None;
        if (heads.FirstToken is null && heads.FirstEntry is null)
        {
            Release(bucket);
        }
    }

    /// <summary>Frees an empty bucket's slot (its key is forgotten; a later token or fact with that key gets a new slot).</summary>
    protected abstract void Release(int bucket);

    /// <summary>Grows the heads as <see cref="SlotArray{T}.Grow"/> (a subclass grows its own slot arrays alike).</summary>
    protected void GrowHeads() => _heads.Grow();

    private struct BucketHeads
    {
        public JoinToken? FirstToken;
        public RightEntry? FirstEntry;
    }
}

internal sealed class SingleBucketIndex : JoinIndex
{
    public SingleBucketIndex()
        : base(1)
    {
    }

    public override bool IsHashed => false;

    public override int BucketCount => 1;

    public override int ForToken(Token token) => 0;

    public override int ForFact(object fact) => 0;

    public override bool KeysEqual(Token token, object fact) => true;

    protected override void Release(int bucket)
    {
    }
}

/// <summary>A keyed index: the keys of the live buckets chained by hash in arrays (no object per bucket).</summary>
internal sealed class KeyIndex<TKey> : JoinIndex
    where TKey : notnull
{
    private const int InitialCapacity = 4;

    private readonly Func<Token, TKey> _leftKey;
    private readonly Func<object, TKey> _rightKey;
    private readonly IEqualityComparer<TKey> _comparer;

    // Per slot: its key, the key's hash and the next slot of the same chain (or of the free list); chain heads by hash.
    private SlotArray<KeySlot> _slots;
    private int[] _table;
    private int _used;
    private int _free = None;
    private int _count;

    // C# == treats null == null as true, so null keys share one bucket outside the chains.
    private int _nullBucket = None;

    public KeyIndex(Func<Token, TKey> leftKey, Func<object, TKey> rightKey, IEqualityComparer<TKey> comparer)
        : base(InitialCapacity)
    {
        _leftKey = leftKey;
        _rightKey = rightKey;
        _comparer = comparer;
        _slots = new SlotArray<KeySlot>(InitialCapacity);
        _table = NewTable(InitialCapacity);
    }

    public override bool IsHashed => true;

    public override int BucketCount => _count;

    public override int ForToken(Token token) => Get(_leftKey(token));

    public override int ForFact(object fact) => Get(_rightKey(fact));

    public override bool KeysEqual(Token token, object fact) => _comparer.Equals(_leftKey(token), _rightKey(fact));

    protected override void Release(int bucket)
    {
        if (bucket == _nullBucket)
        {
            _nullBucket = None;
        }
        else
        {
            // Unlink the slot from its hash chain.
            ref var head = ref _table[_slots[bucket].Hash & (_table.Length - 1)];
            if (head == bucket)
            {
                head = _slots[bucket].Next;
            }
            else
            {
                var previous = head;
                while (_slots[previous].Next != bucket)
                {
                    previous = _slots[previous].Next;
                }

                _slots[previous].Next = _slots[bucket].Next;
            }
        }

        _slots[bucket] = new KeySlot { Next = _free };
        _free = bucket;
        _count--;
    }

    private int Get(TKey key)
    {
        if (key is null)
        {
            if (_nullBucket == None)
            {
                _nullBucket = Allocate(default!, 0);
            }

            return _nullBucket;
        }

        var hash = _comparer.GetHashCode(key);
        for (var i = _table[hash & (_table.Length - 1)]; i != None;)
        {
            ref var slot = ref _slots[i];
            if (slot.Hash == hash && _comparer.Equals(slot.Key, key))
            {
                return i;
            }

            i = slot.Next;
        }

        var bucket = Allocate(key, hash);
        ref var chain = ref _table[hash & (_table.Length - 1)];
        _slots[bucket].Next = chain;
        chain = bucket;
        return bucket;
    }

    private int Allocate(TKey key, int hash)
    {
        int bucket;
        if (_free != None)
        {
            bucket = _free;
            _free = _slots[bucket].Next;
        }
        else
        {
            if (_used == _slots.Capacity)
            {
                Grow();
            }

            bucket = _used++;
        }

        _slots[bucket] = new KeySlot { Key = key, Hash = hash, Next = None };
        _count++;
        return bucket;
    }

    private void Grow()
    {
        // Slot numbers stay (tokens and entries hold them); the chains are rebuilt only when the table doubles.
        _slots.Grow();
        GrowHeads();
        var capacity = _slots.Capacity;
        if (capacity <= _table.Length)
        {
            return;
        }

        var size = _table.Length * 2;
        _table = NewTable(size);
        for (var i = 0; i < _used; i++)
        {
            // Growth happens only when the free list is empty: every slot below _used is live.
            if (i == _nullBucket)
            {
                continue;
            }

            ref var slot = ref _slots[i];
            ref var chain = ref _table[slot.Hash & (size - 1)];
            slot.Next = chain;
            chain = i;
        }
    }

    private static int[] NewTable(int capacity)
    {
        var table = new int[capacity];
        Array.Fill(table, None);
        return table;
    }

    private struct KeySlot
    {
        public TKey Key;
        public int Hash;
        public int Next;
    }
}

/// <summary>
/// A growable array of structs in chunks: the first chunk doubles up to <see cref="ChunkSize"/> elements, then chunks of
/// that size are added. Growing copies nothing past the first chunk and no chunk reaches the large object heap, so a
/// large index costs its slots once instead of twice (a doubling array allocates its final size again in copies).
/// </summary>
internal struct SlotArray<T>
{
    public const int ChunkBits = 10;
    public const int ChunkSize = 1 << ChunkBits;
    private const int Mask = ChunkSize - 1;

    private T[][] _chunks;
    private int _chunkCount;

    /// <param name="capacity">The first chunk's size: a power of two at most <see cref="ChunkSize"/>.</param>
    public SlotArray(int capacity)
    {
        _chunks = [new T[capacity]];
        _chunkCount = 1;
        Capacity = capacity;
    }

    public int Capacity { get; private set; }

    public readonly ref T this[int index] => ref _chunks[index >> ChunkBits][index & Mask];

    public void Grow()
    {
        if (Capacity < ChunkSize)
        {
            Array.Resize(ref _chunks[0], Capacity * 2);
            Capacity *= 2;
            return;
        }

        if (_chunkCount == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunkCount * 2);
        }

        _chunks[_chunkCount++] = new T[ChunkSize];
        Capacity += ChunkSize;
    }
}

/// <summary>
/// Intrusive doubly linked lists whose head's previous link points at the tail: appending needs only the head, and
/// the tail's next link is null, so iterating from the head stops there. One implementation serves the four lists of a
/// join (a bucket's tokens and its entries, a token's matches and an entry's matches); the <c>TLinks</c> type argument names
/// the pair of link fields. It is a struct so that each list gets its own compiled code with the field accesses inlined
/// (a generic over reference types alone would share one body and look the accessors up at run time, on the join's hot
/// path).
/// </summary>
internal static class Chains
{
    public static void Append<T, TLinks>(ref T? head, T item)
        where T : class
        where TLinks : struct, IChainLinks<T>
    {
        TLinks.SetNext(item, null);
        if (head is null)
        {
            head = item;
            TLinks.SetPrev(item, item);
        }
        else
        {
            var tail = TLinks.Prev(head)!;
            TLinks.SetNext(tail, item);
            TLinks.SetPrev(item, tail);
            TLinks.SetPrev(head, item);
        }
    }

    public static void Remove<T, TLinks>(ref T? head, T item)
        where T : class
        where TLinks : struct, IChainLinks<T>
    {
        var next = TLinks.Next(item);
        var previous = TLinks.Prev(item)!;
        if (ReferenceEquals(item, head))
        {
            head = next;
            if (next is not null)
            {
                TLinks.SetPrev(next, previous);
            }
        }
        else
        {
            TLinks.SetNext(previous, next);
            TLinks.SetPrev(next ?? head!, previous);
        }

        TLinks.SetPrev(item, null);
        TLinks.SetNext(item, null);
    }
}

/// <summary>The two link fields of one intrusive list (see <see cref="Chains"/>).</summary>
internal interface IChainLinks<T>
    where T : class
{
    static abstract T? Next(T item);

    static abstract void SetNext(T item, T? next);

    static abstract T? Prev(T item);

    static abstract void SetPrev(T item, T? previous);
}

/// <summary>The tokens of a hash bucket.</summary>
internal struct BucketTokenLinks : IChainLinks<JoinToken>
{
    public static JoinToken? Next(JoinToken item) => item.BucketNext;

    public static void SetNext(JoinToken item, JoinToken? next) => item.BucketNext = next;

    public static JoinToken? Prev(JoinToken item) => item.BucketPrev;

    public static void SetPrev(JoinToken item, JoinToken? previous) => item.BucketPrev = previous;
}

/// <summary>The right entries of a hash bucket.</summary>
internal struct BucketEntryLinks : IChainLinks<RightEntry>
{
    public static RightEntry? Next(RightEntry item) => item.Next;

    public static void SetNext(RightEntry item, RightEntry? next) => item.Next = next;

    public static RightEntry? Prev(RightEntry item) => item.Prev;

    public static void SetPrev(RightEntry item, RightEntry? previous) => item.Prev = previous;
}

/// <summary>The match records of a left token.</summary>
internal struct LeftMatchLinks : IChainLinks<Token>
{
    public static Token? Next(Token item) => item.LeftNext;

    public static void SetNext(Token item, Token? next) => item.LeftNext = next;

    public static Token? Prev(Token item) => item.LeftPrev;

    public static void SetPrev(Token item, Token? previous) => item.LeftPrev = previous;
}

/// <summary>The match records of a right entry.</summary>
internal struct RightMatchLinks : IChainLinks<Token>
{
    public static Token? Next(Token item) => item.RightNext;

    public static void SetNext(Token item, Token? next) => item.RightNext = next;

    public static Token? Prev(Token item) => item.RightPrev;

    public static void SetPrev(Token item, Token? previous) => item.RightPrev = previous;
}

/// <summary>Compiled (per factory) description of an index; creates a fresh index per session.</summary>
internal abstract class JoinIndexPlan
{
    public abstract string Description { get; }

    public abstract JoinIndex Create();
}

internal sealed class SingleBucketIndexPlan : JoinIndexPlan
{
    public static readonly SingleBucketIndexPlan Instance = new();

    public override string Description => "nested loop";

    public override JoinIndex Create() => new SingleBucketIndex();
}

internal sealed class KeyIndexPlan<TKey> : JoinIndexPlan
    where TKey : notnull
{
    private readonly Func<Token, TKey> _leftKey;
    private readonly Func<object, TKey> _rightKey;
    private readonly IEqualityComparer<TKey> _comparer;

    private readonly System.Linq.Expressions.LambdaExpression _condition;

    public KeyIndexPlan(Func<Token, TKey> leftKey, Func<object, TKey> rightKey, IEqualityComparer<TKey> comparer, System.Linq.Expressions.LambdaExpression condition)
    {
        _condition = condition;
        _leftKey = leftKey;
        _rightKey = rightKey;
        _comparer = comparer;
        Description = "hash " + condition;
    }

    public override string Description { get; }

    public override JoinIndex Create() => new KeyIndex<TKey>(_leftKey, _rightKey, _comparer) { Condition = _condition };
}
