using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

/// <summary>Joins partial matches with the facts of a pattern; each match record is the child token passed down.</summary>
internal sealed class JoinNode : JoinCore
{
    public JoinNode(Session session, string label, JoinIndex index, Func<Token, object, bool>[] residuals, LambdaExpression[] residualExpressions, string ruleName)
        : base(session, NodeType.Join, label, index, residuals, residualExpressions, ruleName)
    {
    }

    protected override bool MatchIsChildToken => true;

    protected override void MatchAdded(Token match, bool fromRight, ChangeList<Token> output) => output.Add(match, ChangeKind.Assert);

    protected override void MatchKept(Token match, bool fromRight, ChangeList<Token> output) => output.Add(match, ChangeKind.Modify);

    protected override void MatchRemoved(Token match, bool fromRight, ChangeList<Token> output) => output.Add(match, ChangeKind.Retract);
}
