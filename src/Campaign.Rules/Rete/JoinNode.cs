using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

// Hot path: no LINQ, closures or boxing in propagation.

/// <summary>Joins partial matches with the facts of a pattern; each match record is the child token passed down.</summary>
internal sealed class JoinNode : JoinCore
{
    public JoinNode(Session session, string label, JoinIndex index, Func<Token, object, bool>[] residuals, LambdaExpression[] residualExpressions, string ruleName)
        : base(session, NodeType.Join, label, index, residuals, residualExpressions, ruleName)
    {
    }

    public override void LeftAssert(Token token)
    {
        LinkLeft(token);
        var bucket = token.Bucket;
        if (bucket is null)
        {
            return;
        }

        for (var entry = bucket.FirstEntry; entry is not null; entry = entry.Next)
        {
            if (Residual(token, entry.Fact.Object))
            {
                Child.LeftAssert(CreateMatch(token, entry));
            }
        }
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
            if (FullMatch(token, match.Fact!.Object))
            {
                Child.LeftModify(match);
            }
            else
            {
                Child.LeftRetract(match);
                RemoveMatch(match);
            }
        }

        var bucket = token.Bucket;
        if (bucket is null)
        {
            return;
        }

        for (var entry = bucket.FirstEntry; entry is not null; entry = entry.Next)
        {
            if (entry.Stamp != stamp && Residual(token, entry.Fact.Object))
            {
                Child.LeftAssert(CreateMatch(token, entry));
            }
        }
    }

    public override void LeftRetract(Token token)
    {
        Token? next;
        for (var match = token.FirstMatch; match is not null; match = next)
        {
            next = match.LeftNext;
            Child.LeftRetract(match);
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
                Child.LeftAssert(CreateMatch(token, entry));
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
            if (FullMatch(left, fact.Object))
            {
                Child.LeftModify(match);
            }
            else
            {
                Child.LeftRetract(match);
                RemoveMatch(match);
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
                Child.LeftAssert(CreateMatch(token, entry));
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
            Child.LeftRetract(match);
            RemoveMatch(match);
        }
    }
}
