using Campaign.Rules.Agenda;
using Campaign.Rules.Compilation;
using Campaign.Rules.Diagnostics;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Rete;

/// <summary>The end of a rule branch: full matches become activations on the agenda.</summary>
internal sealed class TerminalNode : BetaNode
{
    private int _count;

    public TerminalNode(Session session, RuleBranch branch)
        : base(session, NodeType.Rule, branch.Definition.Name) => Branch = branch;

    public RuleBranch Branch { get; }

    public override int TupleCount => _count;

    public override IEnumerable<NetworkNode> Successors => [];

    public override void LeftAssert(Token token)
    {
        var activation = new Activation(Branch, token);
        token.Activation = activation;
        _count++;
        Session.OnActivationCreated(activation);
        if (Session.PassesFilter(activation))
        {
            Session.Agenda.Add(activation);
        }
    }

    public override void LeftModify(Token token)
    {
        var activation = token.Activation!;
        Session.OnActivationUpdated(activation);
        if (activation.IsQueued)
        {
            // A queued activation keeps its place and fires once.
            if (!Session.PassesFilter(activation))
            {
                Session.Agenda.Remove(activation);
            }

            return;
        }

        if (activation.HasFired && Branch.Definition.Repeatability == RuleRepeatability.NonRepeatable)
        {
            return;
        }

        if (Session.PassesFilter(activation) && (!activation.HasFired || Session.KeysChanged(activation)))
        {
            Session.Agenda.Add(activation);
        }
    }

    public override void LeftRetract(Token token)
    {
        var activation = token.Activation!;
        token.Activation = null;
        _count--;
        Session.Agenda.Remove(activation);
        activation.IsDeleted = true;
        Session.OnActivationDeleted(activation);
    }
}
