using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

// Memories are intrusive linked lists in hash buckets (slots of the node's JoinIndex).

/// <summary>
/// The two memories of a beta node with a right input: left tokens and right facts, hash-indexed by the join
/// key when the pattern has an equality join condition, and the match records linking them (each record is
/// in its left token's list and its right entry's list, so either side removes its matches directly).
/// </summary>
internal abstract class JoinCore : BetaNode, IRightSink
{
    private readonly JoinIndex _index;
    private readonly Func<Token, object, bool>[] _residuals;
    private readonly LambdaExpression[] _residualExpressions;
    private int _rightCount;
    private int _leftCount;
    private int _matchCount;

    // Scratch lists of the entries or tokens marked during a modify (reused; a node's modifies never nest).
    private List<RightEntry>? _markedEntries;
    private List<JoinToken>? _markedTokens;

    protected JoinCore(Session session, NodeType nodeType, string label, JoinIndex index, Func<Token, object, bool>[] residuals, LambdaExpression[] residualExpressions, string ruleName)
        : base(session, nodeType, label)
    {
        _index = index;
        _residuals = residuals;
        _residualExpressions = residualExpressions;
        RuleName = ruleName;
        Id = session.NextJoinId();
    }

    public string RuleName { get; }

    /// <summary>The node's number in its session: a right entry names its node by it.</summary>
    public int Id { get; }

    public override int FactCount => _rightCount;

    public override int TupleCount => _leftCount + _matchCount;

    /// <summary>Processes a set of right changes in order; the child receives all resulting changes as one list.</summary>
    public void RightPropagate(ChangeList<Fact> changes)
    {
        var output = Session.TokenLists.Rent();
        if (changes.Count > 1)
        {
            RemoveBrokenMatches(changes, output);
        }

        for (var i = 0; i < changes.Count; i++)
        {
            var fact = changes[i];
            switch (changes.KindAt(i))
            {
                case ChangeKind.Assert:
                    RightAssert(fact, output);
                    break;
                case ChangeKind.Modify:
                    RightModify(fact, output);
                    break;
                default:
                    RightRetract(fact, output);
                    break;
            }
        }

        Emit(output);
    }

    /// <summary>Whether the match records are handed to the child (a join) or kept by the node (Not/Exists, query).</summary>
    protected virtual bool MatchIsChildToken => false;

    /// <summary>A match record was created (by a left or a right change).</summary>
    protected abstract void MatchAdded(Token match, bool fromRight, ChangeList<Token> output);

    /// <summary>A match record still holds after a change of its left token or its fact.</summary>
    protected abstract void MatchKept(Token match, bool fromRight, ChangeList<Token> output);

    /// <summary>A match record was removed (it is already unlinked; its parent and fact are still readable).</summary>
    protected abstract void MatchRemoved(Token match, bool fromRight, ChangeList<Token> output);

    /// <summary>A left token was asserted or modified and its matches are up to date.</summary>
    protected virtual void LeftMatched(Token token, ChangeKind kind, ChangeList<Token> output)
    {
    }

    /// <summary>A left token is about to be retracted (its matches are still linked).</summary>
    protected virtual void LeftRetracting(Token token, ChangeList<Token> output)
    {
    }

    /// <summary>A join's left tokens carry its memory fields (bucket and match lists).</summary>
    public override Token CreateToken(Token? parent, object? slot) => new JoinToken(parent, slot);

    protected sealed override void LeftAssert(Token left, ChangeList<Token> output)
    {
        var token = (JoinToken)left;
        LinkLeft(token);
        MatchBucket(token, skipMarked: false, output);
        LeftMatched(token, ChangeKind.Assert, output);
    }

    protected sealed override void LeftModify(Token left, ChangeList<Token> output)
    {
        var token = (JoinToken)left;
        RelinkLeft(token);

        // The entries of the token's matches are marked (re-checked here), so the bucket scan skips them.
        var marked = _markedEntries ??= new List<RightEntry>();
        try
        {
            Token? next;
            for (var match = token.FirstMatch; match is not null; match = next)
            {
                next = match.LeftNext;
                var entry = match.Right!;
                entry.Marked = true;
                marked.Add(entry);
                if (FullMatch(token, entry.Fact.Object))
                {
                    MatchKept(match, fromRight: false, output);
                }
                else
                {
                    RemoveMatch(match);
                    MatchRemoved(match, fromRight: false, output);
                }
            }

            MatchBucket(token, skipMarked: true, output);
        }
        finally
        {
            for (var i = 0; i < marked.Count; i++)
            {
                marked[i].Marked = false;
            }

            marked.Clear();
        }

        LeftMatched(token, ChangeKind.Modify, output);
    }

    protected sealed override void LeftRetract(Token left, ChangeList<Token> output)
    {
        var token = (JoinToken)left;
        LeftRetracting(token, output);
        Token? next;
        for (var match = token.FirstMatch; match is not null; match = next)
        {
            next = match.LeftNext;
            RemoveMatch(match);
            MatchRemoved(match, fromRight: false, output);
        }

        UnlinkLeft(token);
    }

    private void MatchBucket(JoinToken token, bool skipMarked, ChangeList<Token> output)
    {
        // skipMarked: skip the entries already re-checked (marked by LeftModify); a new token has none.
        var bucket = token.Bucket;
        if (bucket == JoinIndex.None)
        {
            return;
        }

        for (var entry = _index.FirstEntry(bucket); entry is not null; entry = entry.Next)
        {
            if (!(skipMarked && entry.Marked) && Residual(token, entry.Fact.Object))
            {
                MatchAdded(CreateMatch(token, entry), fromRight: false, output);
            }
        }
    }

    private void RightAssert(Fact fact, ChangeList<Token> output)
    {
        var entry = LinkRight(fact);
        MatchBucket(entry, skipMarked: false, output);
    }

    /// <summary>
    /// Of a set of changes, first removes the matches that the updated facts no longer satisfy, then the set is applied in
    /// order: as in NRules, a set's removals come before its additions (an Exists whose only match moves to another fact
    /// of the same set lapses and holds again).
    /// </summary>
    private void RemoveBrokenMatches(ChangeList<Fact> changes, ChangeList<Token> output)
    {
        for (var i = 0; i < changes.Count; i++)
        {
            if (changes.KindAt(i) != ChangeKind.Modify || FindRight(changes[i]) is not { } entry)
            {
                continue;
            }

            var fact = changes[i].Object;
            Token? next;
            for (var match = entry.FirstMatch; match is not null; match = next)
            {
                next = match.RightNext;
                if (!FullMatch((JoinToken)match.Parent!, fact))
                {
                    RemoveMatch(match);
                    MatchRemoved(match, fromRight: true, output);
                }
            }
        }
    }

    private void RightModify(Fact fact, ChangeList<Token> output)
    {
        var entry = FindRight(fact);
        if (entry is null)
        {
            RightAssert(fact, output);
            return;
        }

        RelinkRight(entry);

        // The tokens of the entry's matches are marked (re-checked here), so the bucket scan skips them.
        var marked = _markedTokens ??= new List<JoinToken>();
        try
        {
            Token? next;
            for (var match = entry.FirstMatch; match is not null; match = next)
            {
                next = match.RightNext;
                var left = (JoinToken)match.Parent!;
                left.Marked = true;
                marked.Add(left);
                if (FullMatch(left, fact.Object))
                {
                    MatchKept(match, fromRight: true, output);
                }
                else
                {
                    RemoveMatch(match);
                    MatchRemoved(match, fromRight: true, output);
                }
            }

            MatchBucket(entry, skipMarked: true, output);
        }
        finally
        {
            for (var i = 0; i < marked.Count; i++)
            {
                marked[i].Marked = false;
            }

            marked.Clear();
        }
    }

    private void RightRetract(Fact fact, ChangeList<Token> output)
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
            RemoveMatch(match);
            MatchRemoved(match, fromRight: true, output);
        }
    }

    private void MatchBucket(RightEntry entry, bool skipMarked, ChangeList<Token> output)
    {
        // skipMarked: skip the tokens already re-checked (marked by RightModify); a new entry has none.
        var bucket = entry.Bucket;
        if (bucket == JoinIndex.None)
        {
            return;
        }

        var value = entry.Fact.Object;
        for (var token = _index.FirstToken(bucket); token is not null; token = token.BucketNext)
        {
            if (!(skipMarked && token.Marked) && Residual(token, value))
            {
                MatchAdded(CreateMatch(token, entry), fromRight: true, output);
            }
        }
    }

    protected bool Residual(Token token, object fact)
    {
        var residuals = _residuals;
        var i = 0;
        try
        {
            for (; i < residuals.Length; i++)
            {
                var passed = residuals[i](token, fact);
                if (Session.TracesLhs)
                {
                    Session.RaiseLhsEvaluated(_residualExpressions[i], passed, RuleName, Arguments(token, fact));
                }

                if (!passed)
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _residualExpressions[i], RuleName, Arguments(token, fact));
            return false;
        }
    }

    /// <summary>A fresh check of a match (keys recomputed) used after an update.</summary>
    protected bool FullMatch(Token token, object fact)
    {
        bool keys;
        try
        {
            keys = _index.KeysEqual(token, fact);
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, (Expression?)_index.Condition ?? Expression.Constant(Label), RuleName, Arguments(token, fact));
            return false;
        }

        return keys && Residual(token, fact);
    }

    protected void LinkLeft(JoinToken token)
    {
        // The root (empty) token of a chain is not counted, so an empty session reports empty memories.
        if (token.Parent is not null)
        {
            _leftCount++;
        }

        var bucket = TokenBucket(token);
        if (bucket != JoinIndex.None)
        {
            _index.AddToken(bucket, token);
        }
    }

    protected void UnlinkLeft(JoinToken token)
    {
        if (token.Parent is not null)
        {
            _leftCount--;
        }

        if (token.Bucket != JoinIndex.None)
        {
            _index.RemoveToken(token);
        }
    }

    protected void RelinkLeft(JoinToken token)
    {
        if (!_index.IsHashed)
        {
            return;
        }

        var bucket = TokenBucket(token);
        var old = token.Bucket;
        if (bucket == old)
        {
            return;
        }

        if (old != JoinIndex.None)
        {
            _index.RemoveToken(token);
        }

        if (bucket != JoinIndex.None)
        {
            _index.AddToken(bucket, token);
        }
    }

    protected RightEntry LinkRight(Fact fact)
    {
        var entry = new RightEntry(fact, Id) { NextOfFact = fact.Entries };
        fact.Entries = entry;
        _rightCount++;
        var bucket = FactBucket(fact);
        if (bucket != JoinIndex.None)
        {
            _index.AddEntry(bucket, entry);
        }

        return entry;
    }

    protected RightEntry? FindRight(Fact fact)
    {
        for (var entry = fact.Entries; entry is not null; entry = entry.NextOfFact)
        {
            if (entry.Owner == Id)
            {
                return entry;
            }
        }

        return null;
    }

    protected RightEntry? UnlinkRight(Fact fact)
    {
        RightEntry? previous = null;
        var entry = fact.Entries;
        while (entry is not null && entry.Owner != Id)
        {
            previous = entry;
            entry = entry.NextOfFact;
        }

        if (entry is null)
        {
            return null;
        }

        if (previous is null)
        {
            fact.Entries = entry.NextOfFact;
        }
        else
        {
            previous.NextOfFact = entry.NextOfFact;
        }

        entry.NextOfFact = null;
        _rightCount--;

        if (entry.Bucket != JoinIndex.None)
        {
            _index.RemoveEntry(entry);
        }

        return entry;
    }

    protected void RelinkRight(RightEntry entry)
    {
        if (!_index.IsHashed)
        {
            return;
        }

        var bucket = FactBucket(entry.Fact);
        var old = entry.Bucket;
        if (bucket == old)
        {
            return;
        }

        if (old != JoinIndex.None)
        {
            _index.RemoveEntry(entry);
        }

        if (bucket != JoinIndex.None)
        {
            _index.AddEntry(bucket, entry);
        }
    }

    protected Token CreateMatch(JoinToken left, RightEntry entry)
    {
        // A join's match records are its child's tokens; Not/Exists and query nodes keep theirs (plain tokens).
        var match = MatchIsChildToken ? Child.CreateToken(left, entry) : new Token(left, entry);
        Chains.Append<Token, LeftMatchLinks>(ref left.FirstMatch, match);
        Chains.Append<Token, RightMatchLinks>(ref entry.FirstMatch, match);
        _matchCount++;
        return match;
    }

    protected void RemoveMatch(Token match)
    {
        Chains.Remove<Token, LeftMatchLinks>(ref ((JoinToken)match.Parent!).FirstMatch, match);
        Chains.Remove<Token, RightMatchLinks>(ref match.Right!.FirstMatch, match);
        _matchCount--;
    }

    private int TokenBucket(Token token)
    {
        try
        {
            return _index.ForToken(token);
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, (Expression?)_index.Condition ?? Expression.Constant(Label), RuleName, Arguments(token, null));
            return JoinIndex.None;
        }
    }

    private int FactBucket(Fact fact)
    {
        try
        {
            return _index.ForFact(fact.Object);
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, (Expression?)_index.Condition ?? Expression.Constant(Label), RuleName, [fact.Object]);
            return JoinIndex.None;
        }
    }

    private static object?[] Arguments(Token token, object? fact)
    {
        var list = new List<object?>();
        for (var t = token; t.Parent is not null; t = t.Parent)
        {
            list.Insert(0, t.Value);
        }

        if (fact is not null)
        {
            list.Add(fact);
        }

        return list.ToArray();
    }
}
