using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

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

    protected override void MatchAdded(Token match, bool fromRight, ChangeList<Token> output)
    {
        var left = match.Parent!;
        if (++left.Count == 1 && fromRight)
        {
            UpdatePass(left, propagateModify: false, output);
        }
    }

    protected override void MatchKept(Token match, bool fromRight, ChangeList<Token> output)
    {
    }

    protected override void MatchRemoved(Token match, bool fromRight, ChangeList<Token> output)
    {
        var left = match.Parent!;
        if (--left.Count == 0 && fromRight)
        {
            UpdatePass(left, propagateModify: false, output);
        }
    }

    protected override void LeftMatched(Token token, ChangeKind kind, ChangeList<Token> output) =>
        UpdatePass(token, propagateModify: kind == ChangeKind.Modify, output);

    protected override void LeftRetracting(Token token, ChangeList<Token> output)
    {
        var child = token.PassChild;
        if (child is not null)
        {
            token.PassChild = null;
            output.Add(child, ChangeKind.Retract);
        }
    }

    private void UpdatePass(Token token, bool propagateModify, ChangeList<Token> output)
    {
        var pass = _isNot ? token.Count == 0 : token.Count > 0;
        var child = token.PassChild;
        if (pass)
        {
            if (child is null)
            {
                child = Child.CreateToken(token, null);
                token.PassChild = child;
                output.Add(child, ChangeKind.Assert);
            }
            else if (propagateModify)
            {
                output.Add(child, ChangeKind.Modify);
            }
        }
        else if (child is not null)
        {
            token.PassChild = null;
            output.Add(child, ChangeKind.Retract);
        }
    }
}
