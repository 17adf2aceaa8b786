using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

/// <summary>The current results of a query for one partial match, keyed so that changes are told apart.</summary>
internal sealed class ResultSet
{
    public Dictionary<ResultKey, ResultSlot> Slots { get; } = new();
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
    public static int Apply(Session session, BetaNode child, Token parent, List<QueryItem> items, bool allTouched)
    {
        var set = parent.State as ResultSet;
        if (set is null)
        {
            set = new ResultSet();
            parent.State = set;
        }

        var stamp = session.NextStamp();
        var delta = 0;
        foreach (var item in items)
        {
            if (set.Slots.TryGetValue(item.Key, out var slot))
            {
                slot.Stamp = stamp;
                if (allTouched || item.Touched || slot.Count != item.Count)
                {
                    slot.Count = item.Count;
                    slot.Token.StoredValue = item.Value;
                    child.LeftModify(slot.Token);
                }
            }
            else
            {
                slot = new ResultSlot(new Token(parent, null, item.Value), item.Count) { Stamp = stamp };
                set.Slots.Add(item.Key, slot);
                delta++;
                child.LeftAssert(slot.Token);
            }
        }

        if (set.Slots.Count != items.Count)
        {
            List<ResultKey>? gone = null;
            foreach (var pair in set.Slots)
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
                    set.Slots.Remove(key, out var slot);
                    delta--;
                    child.LeftRetract(slot!.Token);
                }
            }
        }

        return delta;
    }

    public static int RetractAll(BetaNode child, Token parent)
    {
        if (parent.State is not ResultSet set)
        {
            return 0;
        }

        parent.State = null;
        var count = set.Slots.Count;
        foreach (var slot in set.Slots.Values)
        {
            child.LeftRetract(slot.Token);
        }

        return -count;
    }
}

/// <summary>A query whose source is a pattern: elements are matched (hash-indexed on equality joins) per partial match.</summary>
internal sealed class AggregateNode : JoinCore
{
    private readonly QueryPipeline _pipeline;
    private readonly LambdaExpression _expression;
    private int _results;

    public AggregateNode(Session session, string label, JoinIndex index, Func<Token, object, bool>[] residuals, LambdaExpression[] residualExpressions, string ruleName, QueryPipeline pipeline, LambdaExpression expression)
        : base(session, NodeType.Aggregate, label, index, residuals, residualExpressions, ruleName)
    {
        _pipeline = pipeline;
        _expression = expression;
    }

    public override int TupleCount => base.TupleCount + _results;

    public override void LeftAssert(Token token)
    {
        LinkLeft(token);
        var bucket = token.Bucket;
        if (bucket is not null)
        {
            for (var entry = bucket.FirstEntry; entry is not null; entry = entry.Next)
            {
                if (Residual(token, entry.Fact.Object))
                {
                    CreateMatch(token, entry);
                }
            }
        }

        Recompute(token, null, all: true);
    }

    public override void LeftModify(Token token)
    {
        var stamp = Session.NextStamp();
        RelinkLeft(token);
        Token? next;
        for (var match = token.FirstMatch; match is not null; match = next)
        {
            next = match.LeftNext;
            match.Right!.Stamp = stamp;
            if (!FullMatch(token, match.Fact!.Object))
            {
                RemoveMatch(match);
            }
        }

        var bucket = token.Bucket;
        if (bucket is not null)
        {
            for (var entry = bucket.FirstEntry; entry is not null; entry = entry.Next)
            {
                if (entry.Stamp != stamp && Residual(token, entry.Fact.Object))
                {
                    CreateMatch(token, entry);
                }
            }
        }

        Recompute(token, null, all: true);
    }

    public override void LeftRetract(Token token)
    {
        _results += QueryResults.RetractAll(Child, token);
        Token? next;
        for (var match = token.FirstMatch; match is not null; match = next)
        {
            next = match.LeftNext;
            RemoveMatch(match);
        }

        UnlinkLeft(token);
    }

    public override void RightAssert(Fact fact)
    {
        var entry = LinkRight(fact);
        var bucket = entry.Bucket;
        if (bucket is null)
        {
            return;
        }

        for (var token = bucket.FirstToken; token is not null; token = token.BucketNext)
        {
            if (Residual(token, fact.Object))
            {
                CreateMatch(token, entry);
                Recompute(token, fact, all: false);
            }
        }
    }

    public override void RightModify(Fact fact)
    {
        var entry = FindRight(fact);
        if (entry is null)
        {
            RightAssert(fact);
            return;
        }

        var stamp = Session.NextStamp();
        RelinkRight(entry);
        Token? next;
        for (var match = entry.FirstMatch; match is not null; match = next)
        {
            next = match.RightNext;
            var left = match.Parent!;
            left.Stamp = stamp;
            if (!FullMatch(left, fact.Object))
            {
                RemoveMatch(match);
            }

            Recompute(left, fact, all: false);
        }

        var bucket = entry.Bucket;
        if (bucket is null)
        {
            return;
        }

        for (var token = bucket.FirstToken; token is not null; token = token.BucketNext)
        {
            if (token.Stamp != stamp && Residual(token, fact.Object))
            {
                CreateMatch(token, entry);
                Recompute(token, fact, all: false);
            }
        }
    }

    public override void RightRetract(Fact fact)
    {
        var entry = UnlinkRight(fact);
        if (entry is null)
        {
            return;
        }

        Token? next;
        for (var match = entry.FirstMatch; match is not null; match = next)
        {
            next = match.RightNext;
            var left = match.Parent!;
            RemoveMatch(match);
            Recompute(left, fact, all: false);
        }
    }

    private void Recompute(Token token, Fact? touched, bool all)
    {
        var items = new List<QueryItem>();
        for (var match = token.FirstMatch; match is not null; match = match.LeftNext)
        {
            items.Add(new QueryItem { Key = new ResultKey(match.Fact, 0), Value = match.Fact!.Object, Touched = all || ReferenceEquals(match.Fact, touched), Count = 1 });
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

        _results += QueryResults.Apply(Session, Child, token, results, all);
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

    public override void LeftAssert(Token token) => Recompute(token);

    public override void LeftModify(Token token) => Recompute(token);

    public override void LeftRetract(Token token) => _results += QueryResults.RetractAll(Child, token);

    private void Recompute(Token token)
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

        _results += QueryResults.Apply(Session, Child, token, results, allTouched: true);
    }
}
