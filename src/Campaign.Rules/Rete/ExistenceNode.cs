using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

// Hot path: no LINQ, closures or boxing in propagation.

/// <summary>
/// <c>Not</c> and <c>Exists</c>: keeps, per partial match, the number of matching facts (as match records, so a
/// retraction of a changed fact still finds its matches). Not passes while the count is 0, Exists while it is
/// above 0; passing creates one child token, failing retracts it.
/// </summary>
internal sealed class ExistenceNode : JoinCore
{
    private readonly bool _isNot;

    public ExistenceNode(Session session, bool isNot, string label, JoinIndex index, Func<Token, object, bool>[] residuals, LambdaExpression[] residualExpressions, string ruleName)
        : base(session, isNot ? NodeType.Not : NodeType.Exists, label, index, residuals, residualExpressions, ruleName)
        => _isNot = isNot;

    public override void LeftAssert(Token token)
    {
        LinkLeft(token);
        token.Count = 0;
        var bucket = token.Bucket;
        if (bucket is not null)
        {
            for (var entry = bucket.FirstEntry; entry is not null; entry = entry.Next)
            {
                if (Residual(token, entry.Fact.Object))
                {
                    CreateMatch(token, entry);
                    token.Count++;
                }
            }
        }

        UpdatePass(token, propagateModify: false);
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
                token.Count--;
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
                    token.Count++;
                }
            }
        }

        UpdatePass(token, propagateModify: true);
    }

    public override void LeftRetract(Token token)
    {
        Token? next;
        for (var match = token.FirstMatch; match is not null; match = next)
        {
            next = match.LeftNext;
            RemoveMatch(match);
        }

        token.Count = 0;
        if (token.PassChild is not null)
        {
            var child = token.PassChild;
            token.PassChild = null;
            Child.LeftRetract(child);
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
                if (++token.Count == 1)
                {
                    UpdatePass(token, propagateModify: false);
                }
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
                if (--left.Count == 0)
                {
                    UpdatePass(left, propagateModify: false);
                }
            }
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
                if (++token.Count == 1)
                {
                    UpdatePass(token, propagateModify: false);
                }
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
            if (--left.Count == 0)
            {
                UpdatePass(left, propagateModify: false);
            }
        }
    }

    private void UpdatePass(Token token, bool propagateModify)
    {
        var pass = _isNot ? token.Count == 0 : token.Count > 0;
        if (pass)
        {
            if (token.PassChild is null)
            {
                token.PassChild = new Token(token, null, null);
                Child.LeftAssert(token.PassChild);
            }
            else if (propagateModify)
            {
                Child.LeftModify(token.PassChild);
            }
        }
        else if (token.PassChild is not null)
        {
            var child = token.PassChild;
            token.PassChild = null;
            Child.LeftRetract(child);
        }
    }
}
