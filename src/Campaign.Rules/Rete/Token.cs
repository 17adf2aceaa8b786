using Campaign.Rules.Agenda;

namespace Campaign.Rules.Rete;

/// <summary>
/// A partial match (tuple): a chain of bindings through <see cref="Parent"/>, each level holding one fact or
/// value. The same class serves as the match record of a join (linked to its left token and right entry).
/// </summary>
/// <remarks>
/// Slots that are never used together share one field (memory per tuple is the engine's main cost): the bound
/// fact of a match record is reached through its <see cref="RightEntry"/>, which shares the slot of a stored
/// value; and a token is the left token of exactly one node, so that node's state (pass-through child, query
/// results or activation) has one slot. The fields of a join's left memory (bucket and match lists) are only on
/// <see cref="JoinToken"/>, created for tokens whose next node is a join, Not/Exists or query node
/// (<see cref="BetaNode.CreateToken"/>): 80 bytes for a plain token, 112 for a join's left token.
/// </remarks>
internal class Token
{
    // RightEntry for a match record; else the stored value (query result, Let value) or null.
    private object? _slot;

    // The state owned by the node whose left memory this token is in.
    private object? _state;

    public Token(Token? parent, object? slot)
    {
        Parent = parent;
        _slot = slot;
        Level = parent is null ? 0 : parent.Level + 1;
    }

    public Token? Parent { get; }

    public int Level { get; }

    /// <summary>The right entry of a match record (null for other tokens).</summary>
    public RightEntry? Right => _slot as RightEntry;

    /// <summary>The fact bound at this level (null when the level binds a value).</summary>
    public Fact? Fact => (_slot as RightEntry)?.Fact;

    /// <summary>The value bound at this level when it is not a fact.</summary>
    public object? StoredValue
    {
        get => _slot is RightEntry ? null : _slot;
        set => _slot = value;
    }

    public object? Value => _slot is RightEntry entry ? entry.Fact.Object : _slot;

    // When this token is a match record: its sibling links in its left token's and its right entry's lists (the
    // first record's previous link is the last record).
    public Token? LeftPrev { get; set; }

    public Token? LeftNext { get; set; }

    public Token? RightPrev { get; set; }

    public Token? RightNext { get; set; }

    /// <summary>The number of matching facts when the token is the left token of a Not/Exists node.</summary>
    public int Count { get; set; }

    /// <summary>The raw state slot, for subclasses that are the left token of a node with other state.</summary>
    protected object? NodeState
    {
        get => _state;
        set => _state = value;
    }

    /// <summary>The child token of a pass-through node (Not/Exists, Let, Having).</summary>
    public Token? PassChild
    {
        get => (Token?)_state;
        set => _state = value;
    }

    /// <summary>The query results of an aggregate or From node: a <see cref="ResultSlot"/> (one result) or a <see cref="ResultSet"/>.</summary>
    public object? State
    {
        get => _state;
        set => _state = value;
    }

    /// <summary>Returns the value bound at <paramref name="level"/> (1-based from the root) by walking up the chain.</summary>
    public object? Get(int level)
    {
        var t = this;
        while (t.Level > level)
        {
            t = t.Parent!;
        }

        return t.Value;
    }
}

/// <summary>A token in the left memory of a join, Not/Exists or query node: its bucket and its match records.</summary>
internal sealed class JoinToken : Token
{
    public JoinToken(Token? parent, object? slot)
        : base(parent, slot)
    {
    }

    // Membership of the node's left memory: the slot of its hash bucket in the node's index (JoinIndex.None when the key failed).
    public int Bucket { get; set; } = JoinIndex.None;

    /// <summary>Set while the node re-matches a modified fact: this token's match was already re-checked.</summary>
    public bool Marked { get; set; }

    /// <summary>The left token of a query node waits for a recompute of all its elements (see <see cref="PendingQueue"/>).</summary>
    public bool PendingAll { get; set; }

    /// <summary>1 + the token's place in its query node's pending queue, 0 when not pending (kept in the count, which only a Not/Exists left token uses).</summary>
    public int PendingSlot
    {
        get => Count;
        set => Count = value;
    }

    // The previous token in the bucket (the head's is the tail) and the next one.
    public JoinToken? BucketPrev { get; set; }

    public JoinToken? BucketNext { get; set; }

    /// <summary>The first of the match records owned by this token as left side (insertion order; its LeftPrev is the last).</summary>
    /// <remarks>A field: <see cref="Chains"/> takes the head by reference.</remarks>
    public Token? FirstMatch;
}

/// <summary>A fact's entry in a join node's right memory, with its match records.</summary>
/// <remarks>
/// 64 bytes: five references and two ints. The owner is the node's number (not a reference), the tail of each list is
/// the head's previous link, and the mark that a modify uses to skip re-checked matches is one bit of the owner's
/// number (instead of a 64-bit stamp).
/// </remarks>
internal sealed class RightEntry
{
    private const int MarkBit = int.MinValue;
    private int _ownerAndMark;

    public RightEntry(Fact fact, int owner)
    {
        Fact = fact;
        _ownerAndMark = owner;
    }

    public Fact Fact { get; }

    /// <summary>The number of the join node whose right memory holds this entry (<see cref="JoinCore.Id"/>).</summary>
    public int Owner => _ownerAndMark & int.MaxValue;

    /// <summary>Set while the node re-matches a modified token: this entry's match was already re-checked.</summary>
    public bool Marked
    {
        get => _ownerAndMark < 0;
        set => _ownerAndMark = value ? _ownerAndMark | MarkBit : _ownerAndMark & int.MaxValue;
    }

    /// <summary>The next entry of the same fact (in another node): a fact finds its entries without a dictionary.</summary>
    public RightEntry? NextOfFact { get; set; }

    /// <summary>The slot of the entry's hash bucket in its node's index (JoinIndex.None when the key failed).</summary>
    public int Bucket { get; set; } = JoinIndex.None;

    // The previous entry in the bucket (the head's is the tail) and the next one.
    public RightEntry? Prev { get; set; }

    public RightEntry? Next { get; set; }

    /// <summary>The first of the entry's match records (insertion order; its RightPrev is the last).</summary>
    /// <remarks>A field: <see cref="Chains"/> takes the head by reference.</remarks>
    public Token? FirstMatch;
}
