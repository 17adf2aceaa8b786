using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

/// <summary>The current results of a query for one partial match with two results or more, keyed so that changes are told apart.</summary>
/// <remarks>
/// Most partial matches have one result (Collect and ToLookup always, GroupBy often): their token holds the
/// <see cref="ResultSlot"/> itself (see <see cref="QueryResults"/>). A set is made for the second result, holding the
/// first inline, and a dictionary only from the third on (a dictionary per partial match would be most of a query's memory).
/// </remarks>
internal sealed class ResultSet
{
    private ResultSlot? _first;
    private Dictionary<ResultKey, ResultSlot>? _more;

    public int Count => (_first is null ? 0 : 1) + (_more?.Count ?? 0);

    public bool TryGetValue(ResultKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResultSlot? slot)
    {
        if (_first is not null && _first.Key.Equals(key))
        {
            slot = _first;
            return true;
        }

        if (_more is not null && _more.TryGetValue(key, out slot))
        {
            return true;
        }

        slot = null;
        return false;
    }

    public void Add(ResultSlot slot)
    {
        if (_first is null)
        {
            _first = slot;
        }
        else
        {
            (_more ??= new Dictionary<ResultKey, ResultSlot>()).Add(slot.Key, slot);
        }
    }

    /// <summary>Removes the results not stamped with <paramref name="stamp"/> and retracts their tokens.</summary>
    /// <returns>How many were removed.</returns>
    public int RemoveStale(long stamp, ChangeList<Token> output)
    {
        var removed = 0;
        if (_first is not null && _first.Stamp != stamp)
        {
            output.Add(_first.Token, ChangeKind.Retract);
            _first = null;
            removed++;
        }

        if (_more is not null)
        {
            List<ResultKey>? gone = null;
            foreach (var pair in _more)
            {
                if (pair.Value.Stamp != stamp)
                {
                    (gone ??= new List<ResultKey>()).Add(pair.Key);
                }
            }

            if (gone is not null)
            {
                foreach (var key in gone)
                {
                    _more.Remove(key, out var slot);
                    output.Add(slot!.Token, ChangeKind.Retract);
                    removed++;
                }
            }
        }

        return removed;
    }

    /// <summary>Retracts the tokens of every result.</summary>
    public void RetractAll(ChangeList<Token> output)
    {
        if (_first is not null)
        {
            output.Add(_first.Token, ChangeKind.Retract);
        }

        if (_more is not null)
        {
            foreach (var slot in _more.Values)
            {
                output.Add(slot.Token, ChangeKind.Retract);
            }
        }
    }
}

/// <summary>One result of a query for a partial match: its key, its child token, its element count and the stamp of its last recompute.</summary>
internal sealed class ResultSlot
{
    public ResultSlot(ResultKey key, Token token, int count)
    {
        Key = key;
        Token = token;
        Count = count;
    }

    public ResultKey Key { get; }

    public Token Token { get; }

    public int Count { get; set; }

    public long Stamp { get; set; }
}

/// <summary>Turns recomputed query results into child asserts, modifies (only for changed results) and retracts.</summary>
/// <remarks>
/// A partial match's results are kept in its token's state: nothing before the first result, the <see cref="ResultSlot"/>
/// itself while there is one, a <see cref="ResultSet"/> from the second on. The changes handed on, and their order, are
/// those of a set: each item's assert or modify in item order, then the retracts of the results no item kept.
/// </remarks>
internal static class QueryResults
{
    /// <returns>The change in the number of results.</returns>
    public static int Apply(Session session, BetaNode child, ChangeList<Token> output, Token parent, List<QueryItem> items, bool allTouched)
    {
        var state = parent.State;
        if (state is not ResultSet set)
        {
            var single = (ResultSlot?)state;
            if (items.Count == 0)
            {
                if (single is null)
                {
                    return 0;
                }

                parent.State = null;
                output.Add(single.Token, ChangeKind.Retract);
                return -1;
            }

            if (items.Count == 1)
            {
                var item = items[0];
                if (single is null)
                {
                    var slot = new ResultSlot(item.Key, child.CreateToken(parent, item.Value), item.Count);
                    parent.State = slot;
                    output.Add(slot.Token, ChangeKind.Assert);
                    return 1;
                }

                if (single.Key.Equals(item.Key))
                {
                    Keep(single, item, allTouched, output);
                    return 0;
                }
            }

            // Another result: the single one becomes the first of a set (which then orders later results as before).
            set = new ResultSet();
            if (single is not null)
            {
                set.Add(single);
            }

            parent.State = set;
        }

        // Results that went are retracted before new ones are added (as NRules' aggregators report them), then the
        // kept and new results follow in the order of the items.
        var stamp = session.NextStamp();
        var delta = 0;
        var kept = 0;
        foreach (var item in items)
        {
            if (set.TryGetValue(item.Key, out var slot))
            {
                slot.Stamp = stamp;
                kept++;
            }
        }

        if (kept != set.Count)
        {
            delta -= set.RemoveStale(stamp, output);
        }

        foreach (var item in items)
        {
            if (set.TryGetValue(item.Key, out var slot) && slot.Stamp == stamp)
            {
                Keep(slot, item, allTouched, output);
            }
            else
            {
                slot = new ResultSlot(item.Key, child.CreateToken(parent, item.Value), item.Count) { Stamp = stamp };
                set.Add(slot);
                delta++;
                output.Add(slot.Token, ChangeKind.Assert);
            }
        }

        return delta;
    }

    public static int RetractAll(ChangeList<Token> output, Token parent)
    {
        switch (parent.State)
        {
            case ResultSet set:
                parent.State = null;
                var count = set.Count;
                set.RetractAll(output);
                return -count;
            case ResultSlot slot:
                parent.State = null;
                output.Add(slot.Token, ChangeKind.Retract);
                return -1;
            default:
                return 0;
        }
    }

    private static void Keep(ResultSlot slot, QueryItem item, bool allTouched, ChangeList<Token> output)
    {
        if (allTouched || item.Touched || slot.Count != item.Count)
        {
            slot.Count = item.Count;
            slot.Token.StoredValue = item.Value;
            output.Add(slot.Token, ChangeKind.Modify);
        }
    }
}

/// <summary>A query whose source is a pattern: elements are matched (hash-indexed on equality joins) per partial match.</summary>
internal sealed class AggregateNode : JoinCore
{
    private readonly QueryPipeline _pipeline;
    private readonly LambdaExpression _expression;

    // The partial matches to recompute at the next flush (a token's PendingAll: all its elements changed, a left
    // change); a flush drains one queue while new changes go to the other.
    private PendingQueue _pending = new();
    private PendingQueue? _spare = new();

    /// <summary>The capacity of the pending-recompute queue (diagnostics and tests).</summary>
    internal int PendingCapacity => _pending.Capacity;

    // Reused scratch lists (a flush and a recompute never nest within one node).
    private readonly List<QueryItem> _items = new();
    private readonly QueryScratch _scratch = new();
    private int _results;

    public AggregateNode(Session session, string label, JoinIndex index, Func<Token, object, bool>[] residuals, LambdaExpression[] residualExpressions, string ruleName, QueryPipeline pipeline, LambdaExpression expression)
        : base(session, NodeType.Aggregate, label, index, residuals, residualExpressions, ruleName)
    {
        _pipeline = pipeline;
        _expression = expression;
    }

    public override int TupleCount => base.TupleCount + _results;

    // A match record of a query node is its own (the child receives results): its Count field marks an element
    // touched since the last recompute, instead of a set of touched facts per partial match.
    protected override void MatchAdded(Token match, bool fromRight, ChangeList<Token> output)
    {
        if (fromRight)
        {
            match.Count = 1;
            Schedule(match.Parent!, all: false);
        }
    }

    protected override void MatchKept(Token match, bool fromRight, ChangeList<Token> output)
    {
        if (fromRight)
        {
            match.Count = 1;
            Schedule(match.Parent!, all: false);
        }
    }

    protected override void MatchRemoved(Token match, bool fromRight, ChangeList<Token> output)
    {
        if (fromRight)
        {
            Schedule(match.Parent!, all: false);
        }
    }

    protected override void LeftMatched(Token token, ChangeKind kind, ChangeList<Token> output) => Schedule(token, all: true);

    protected override void LeftRetracting(Token token, ChangeList<Token> output)
    {
        _pending.Remove((JoinToken)token);
        _results += QueryResults.RetractAll(output, token);
    }

    /// <summary>Recomputes the partial matches changed since the last flush, once each (an InsertAll of n facts into one group costs O(n), not O(n²)).</summary>
    public void FlushPending()
    {
        while (_pending.Count > 0)
        {
            var batch = _pending;
            _pending = _spare ?? new PendingQueue();
            _spare = null;
            batch.Unmark();

            var output = Session.TokenLists.Rent();
            for (var i = 0; i < batch.Used; i++)
            {
                var token = batch[i];
                if (token is not null)
                {
                    var all = token.PendingAll;
                    token.PendingAll = false;
                    Recompute(token, all, output);
                }
            }

            batch.Reset();
            _spare = batch;
            Emit(output);
        }
    }

    private void Schedule(Token token, bool all)
    {
        if (_pending.Add((JoinToken)token, all) && _pending.Count == 1)
        {
            Session.ScheduleAggregate(this);
        }
    }

    private void Recompute(Token token, bool all, ChangeList<Token> output)
    {
        var items = _items;
        items.Clear();
        for (var match = ((JoinToken)token).FirstMatch; match is not null; match = match.LeftNext)
        {
            var fact = match.Fact!;
            items.Add(new QueryItem { Key = new ResultKey(fact, 0), Value = fact.Object, Touched = all || match.Count != 0, Count = 1 });
            match.Count = 0;
        }

        List<QueryItem> results;
        try
        {
            results = _pipeline.Run(token, items, _scratch);
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _expression, RuleName, [token.Value]);
            items.Clear();
            results = items;
        }

        _results += QueryResults.Apply(Session, Child, output, token, results, all);
        items.Clear();
        _scratch.Clear();
    }
}

/// <summary>
/// The left tokens an aggregate node recomputes at its next flush, in the order a dictionary keyed by token would
/// enumerate them (slot order; a removed token's slot is reused by the next one added, last freed first), without a
/// hash table: a token knows its slot (<see cref="JoinToken.PendingSlot"/>). Slots are in chunks
/// (<see cref="SlotArray{T}"/>); after a large flush the chunks are dropped so that later small flushes stay cheap.
/// </summary>
internal sealed class PendingQueue
{
    private const int InitialCapacity = 16;
    private const int KeptCapacity = 1024;

    private SlotArray<JoinToken?> _slots = new(InitialCapacity);
    private readonly Stack<int> _free = new();

    /// <summary>The number of tokens waiting.</summary>
    public int Count { get; private set; }

    /// <summary>The slots in use or freed since the last reset (iterate these, skipping nulls).</summary>
    public int Used { get; private set; }

    public int Capacity => _slots.Capacity;

    public JoinToken? this[int slot] => _slots[slot];

    /// <summary>Adds the token unless it waits already (then only its all-flag is raised).</summary>
    /// <returns>Whether the token was added.</returns>
    public bool Add(JoinToken token, bool all)
    {
        if (token.PendingSlot != 0)
        {
            token.PendingAll |= all;
            return false;
        }

        int slot;
        if (_free.Count > 0)
        {
            slot = _free.Pop();
        }
        else
        {
            if (Used == _slots.Capacity)
            {
                _slots.Grow();
            }

            slot = Used++;
        }

        _slots[slot] = token;
        token.PendingSlot = slot + 1;
        token.PendingAll = all;
        Count++;
        return true;
    }

    public void Remove(JoinToken token)
    {
        if (token.PendingSlot == 0)
        {
            return;
        }

        var slot = token.PendingSlot - 1;
        _slots[slot] = null;
        _free.Push(slot);
        token.PendingSlot = 0;
        token.PendingAll = false;
        Count--;
    }

    /// <summary>Marks every waiting token as no longer waiting (their all-flags stay for the flush to read).</summary>
    public void Unmark()
    {
        for (var i = 0; i < Used; i++)
        {
            if (_slots[i] is { } token)
            {
                token.PendingSlot = 0;
            }
        }
    }

    /// <summary>Empties the queue after a flush.</summary>
    public void Reset()
    {
        if (_slots.Capacity > KeptCapacity)
        {
            _slots = new SlotArray<JoinToken?>(InitialCapacity);
        }
        else
        {
            for (var i = 0; i < Used; i++)
            {
                _slots[i] = null;
            }
        }

        _free.Clear();
        Used = 0;
        Count = 0;
    }
}

/// <summary>A query whose source is a value computed from the partial match (<c>From</c>).</summary>
internal sealed class FromNode : BetaNode
{
    private readonly Func<Token, object?> _source;
    private readonly QueryPipeline _pipeline;
    private readonly LambdaExpression _expression;
    private readonly string _ruleName;
    private readonly List<QueryItem> _items = new();
    private readonly QueryScratch _scratch = new();
    private int _results;

    public FromNode(Session session, Func<Token, object?> source, QueryPipeline pipeline, LambdaExpression expression, string ruleName)
        : base(session, NodeType.Aggregate, "From " + expression)
    {
        _source = source;
        _pipeline = pipeline;
        _expression = expression;
        _ruleName = ruleName;
    }

    public override int TupleCount => _results;

    protected override void LeftAssert(Token token, ChangeList<Token> output) => Recompute(token, output);

    protected override void LeftModify(Token token, ChangeList<Token> output) => Recompute(token, output);

    protected override void LeftRetract(Token token, ChangeList<Token> output) => _results += QueryResults.RetractAll(output, token);

    private void Recompute(Token token, ChangeList<Token> output)
    {
        List<QueryItem> results;
        var items = _items;
        try
        {
            items.Clear();
            items.Add(new() { Key = new ResultKey(QueryKeys.Single, 0), Value = _source(token), Touched = true, Count = 1 });
            results = _pipeline.Run(token, items, _scratch);
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _expression, _ruleName, [token.Value]);
            items.Clear();
            results = items;
        }

        _results += QueryResults.Apply(Session, Child, output, token, results, allTouched: true);
        items.Clear();
        _scratch.Clear();
    }
}
