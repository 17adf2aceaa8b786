using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

/// <summary>The current results of a query for one partial match, keyed so that changes are told apart.</summary>
/// <remarks>
/// Most partial matches have one result (Collect and ToLookup always, GroupBy often): it is held inline, and a
/// dictionary is made only for the second result on (a dictionary per partial match was most of a query's memory).
/// </remarks>
internal sealed class ResultSet
{
    private ResultKey _firstKey;
    private ResultSlot? _first;
    private Dictionary<ResultKey, ResultSlot>? _more;

    public int Count => (_first is null ? 0 : 1) + (_more?.Count ?? 0);

    public bool TryGetValue(ResultKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResultSlot? slot)
    {
        if (_first is not null && _firstKey.Equals(key))
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

    public void Add(ResultKey key, ResultSlot slot)
    {
        if (_first is null)
        {
            _firstKey = key;
            _first = slot;
        }
        else
        {
            (_more ??= new Dictionary<ResultKey, ResultSlot>()).Add(key, slot);
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
            _firstKey = default;
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

internal sealed class ResultSlot
{
    public ResultSlot(Token token, int count)
    {
        Token = token;
        Count = count;
    }

    public Token Token { get; }

    public int Count { get; set; }

    public long Stamp { get; set; }
}

/// <summary>Turns recomputed query results into child asserts, modifies (only for changed results) and retracts.</summary>
internal static class QueryResults
{
    /// <returns>The change in the number of results.</returns>
    public static int Apply(Session session, BetaNode child, ChangeList<Token> output, Token parent, List<QueryItem> items, bool allTouched)
    {
        var set = parent.State;
        if (set is null)
        {
            set = new ResultSet();
            parent.State = set;
        }

        var stamp = session.NextStamp();
        var delta = 0;
        foreach (var item in items)
        {
            if (set.TryGetValue(item.Key, out var slot))
            {
                slot.Stamp = stamp;
                if (allTouched || item.Touched || slot.Count != item.Count)
                {
                    slot.Count = item.Count;
                    slot.Token.StoredValue = item.Value;
                    output.Add(slot.Token, ChangeKind.Modify);
                }
            }
            else
            {
                slot = new ResultSlot(child.CreateToken(parent, item.Value), item.Count) { Stamp = stamp };
                set.Add(item.Key, slot);
                delta++;
                output.Add(slot.Token, ChangeKind.Assert);
            }
        }

        if (set.Count != items.Count)
        {
            delta -= set.RemoveStale(stamp, output);
        }

        return delta;
    }

    public static int RetractAll(ChangeList<Token> output, Token parent)
    {
        if (parent.State is not { } set)
        {
            return 0;
        }

        parent.State = null;
        var count = set.Count;
        set.RetractAll(output);
        return -count;
    }
}

/// <summary>A query whose source is a pattern: elements are matched (hash-indexed on equality joins) per partial match.</summary>
internal sealed class AggregateNode : JoinCore
{
    private readonly QueryPipeline _pipeline;
    private readonly LambdaExpression _expression;

    // The partial matches to recompute at the next flush; true: all their elements changed (a left change).
    private const int PendingKeptCapacity = 1024;
    private readonly Dictionary<Token, bool> _pending = new();

    /// <summary>The capacity of the pending-recompute table (diagnostics and tests).</summary>
    internal int PendingCapacity => _pending.EnsureCapacity(0);

    // Reused scratch lists (a flush and a recompute never nest within one node).
    private readonly List<KeyValuePair<Token, bool>> _flushing = new();
    private readonly List<QueryItem> _items = new();
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
        _pending.Remove(token);
        _results += QueryResults.RetractAll(output, token);
    }

    /// <summary>Recomputes the partial matches changed since the last flush, once each (an InsertAll of n facts into one group costs O(n), not O(n²)).</summary>
    public void FlushPending()
    {
        while (_pending.Count > 0)
        {
            var batch = _flushing;
            batch.Clear();
            foreach (var pair in _pending)
            {
                batch.Add(pair);
            }

            // Dictionary.Clear zeroes the whole table: after a large set (a session's initial load) shrink it, or every
            // later single change would pay for clearing a table sized for the load.
            _pending.Clear();
            if (batch.Count > PendingKeptCapacity)
            {
                _pending.TrimExcess();
            }

            var output = Session.TokenLists.Rent();
            for (var i = 0; i < batch.Count; i++)
            {
                Recompute(batch[i].Key, batch[i].Value, output);
            }

            batch.Clear();
            Emit(output);
        }
    }

    private void Schedule(Token token, bool all)
    {
        ref var pending = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_pending, token, out var exists);
        pending |= all;
        if (!exists && _pending.Count == 1)
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
            results = _pipeline.Run(token, items);
        }
        catch (Exception ex) when (ex is not RuleLhsExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _expression, RuleName, [token.Value]);
            results = new List<QueryItem>();
        }

        _results += QueryResults.Apply(Session, Child, output, token, results, all);
        items.Clear();
    }
}

/// <summary>A query whose source is a value computed from the partial match (<c>From</c>).</summary>
internal sealed class FromNode : BetaNode
{
    private readonly Func<Token, object?> _source;
    private readonly QueryPipeline _pipeline;
    private readonly LambdaExpression _expression;
    private readonly string _ruleName;
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
        try
        {
            var items = new List<QueryItem> { new() { Key = new ResultKey(QueryKeys.Single, 0), Value = _source(token), Touched = true, Count = 1 } };
            results = _pipeline.Run(token, items);
        }
        catch (Exception ex) when (ex is not RuleLhsExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _expression, _ruleName, [token.Value]);
            results = new List<QueryItem>();
        }

        _results += QueryResults.Apply(Session, Child, output, token, results, allTouched: true);
    }
}
