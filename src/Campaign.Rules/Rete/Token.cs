using Campaign.Rules.Agenda;

namespace Campaign.Rules.Rete;

/// <summary>
/// A partial match (tuple): a chain of bindings through <see cref="Parent"/>, each level holding one fact or
/// value. The same class serves as the match record of a join (linked to its left token and right entry).
/// </summary>
internal sealed class Token
{
    public Token(Token? parent, Fact? fact, object? value)
    {
        Parent = parent;
        Fact = fact;
        StoredValue = value;
        Level = parent is null ? 0 : parent.Level + 1;
    }

    public Token? Parent { get; }

    public Fact? Fact { get; }

    public object? StoredValue { get; set; }

    public int Level { get; }

    public object? Value => Fact is not null ? Fact.Object : StoredValue;

    // Membership of the downstream node's left memory (a hash bucket).
    public Bucket? Bucket { get; set; }

    public Token? BucketPrev { get; set; }

    public Token? BucketNext { get; set; }

    // Match records owned by this token as left side (insertion order).
    public Token? FirstMatch { get; set; }

    public Token? LastMatch { get; set; }

    // When this token is a match record: its right entry and sibling links.
    public RightEntry? Right { get; set; }

    public Token? LeftPrev { get; set; }

    public Token? LeftNext { get; set; }

    public Token? RightPrev { get; set; }

    public Token? RightNext { get; set; }

    // Node-specific state of a left token.
    public int Count { get; set; }

    public long Stamp { get; set; }

    public Token? PassChild { get; set; }

    public object? State { get; set; }

    public Activation? Activation { get; set; }

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

/// <summary>A fact's entry in a join node's right memory, with its match records.</summary>
internal sealed class RightEntry
{
    public RightEntry(Fact fact, object owner)
    {
        Fact = fact;
        Owner = owner;
    }

    public Fact Fact { get; }

    /// <summary>The join node whose right memory holds this entry.</summary>
    public object Owner { get; }

    /// <summary>The next entry of the same fact (in another node): a fact finds its entries without a dictionary.</summary>
    public RightEntry? NextOfFact { get; set; }

    public Bucket? Bucket { get; set; }

    public RightEntry? Prev { get; set; }

    public RightEntry? Next { get; set; }

    public Token? FirstMatch { get; set; }

    public Token? LastMatch { get; set; }

    public long Stamp { get; set; }
}

/// <summary>The tokens and facts of one join key, both sides in one bucket.</summary>
internal class Bucket
{
    public Token? FirstToken { get; set; }

    public RightEntry? FirstEntry { get; set; }

    public Token? LastToken { get; set; }

    public RightEntry? LastEntry { get; set; }

    public int TokenCount { get; set; }

    public int EntryCount { get; set; }

    public bool IsEmpty => TokenCount == 0 && EntryCount == 0;

    public void AddToken(Token token)
    {
        // Appended at the tail so that iteration follows insertion order (deterministic, FIFO-friendly).
        token.Bucket = this;
        token.BucketNext = null;
        token.BucketPrev = LastToken;
        if (LastToken is null)
        {
            FirstToken = token;
        }
        else
        {
            LastToken.BucketNext = token;
        }

        LastToken = token;
        TokenCount++;
    }

    public void RemoveToken(Token token)
    {
        if (token.BucketPrev is null)
        {
            FirstToken = token.BucketNext;
        }
        else
        {
            token.BucketPrev.BucketNext = token.BucketNext;
        }

        if (token.BucketNext is null)
        {
            LastToken = token.BucketPrev;
        }
        else
        {
            token.BucketNext.BucketPrev = token.BucketPrev;
        }

        token.Bucket = null;
        token.BucketPrev = null;
        token.BucketNext = null;
        TokenCount--;
    }

    public void AddEntry(RightEntry entry)
    {
        entry.Bucket = this;
        entry.Next = null;
        entry.Prev = LastEntry;
        if (LastEntry is null)
        {
            FirstEntry = entry;
        }
        else
        {
            LastEntry.Next = entry;
        }

        LastEntry = entry;
        EntryCount++;
    }

    public void RemoveEntry(RightEntry entry)
    {
        if (entry.Prev is null)
        {
            FirstEntry = entry.Next;
        }
        else
        {
            entry.Prev.Next = entry.Next;
        }

        if (entry.Next is null)
        {
            LastEntry = entry.Prev;
        }
        else
        {
            entry.Next.Prev = entry.Prev;
        }

        entry.Bucket = null;
        entry.Prev = null;
        entry.Next = null;
        EntryCount--;
    }
}

internal sealed class Bucket<TKey> : Bucket
{
    public Bucket(TKey key, bool isNull)
    {
        Key = key;
        IsNullKey = isNull;
    }

    public TKey Key { get; }

    public bool IsNullKey { get; }
}
