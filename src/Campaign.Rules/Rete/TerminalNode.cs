using Campaign.Rules.Agenda;
using Campaign.Rules.Compilation;
using Campaign.Rules.Diagnostics;
using NRules.RuleModel;

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

    /// <summary>A full match is an activation.</summary>
    public override Token CreateToken(Token? parent, object? slot) => new Activation(Branch, parent, slot);

    /// <summary>Turns a set of full-match changes into agenda changes, in the order of the set.</summary>
    public override void LeftPropagate(ChangeList<Token> changes)
    {
        for (var i = 0; i < changes.Count; i++)
        {
            var token = changes[i];
            switch (changes.KindAt(i))
            {
                case ChangeKind.Assert:
                    Assert(token);
                    break;
                case ChangeKind.Modify:
                    Modify(token);
                    break;
                default:
                    Retract(token);
                    break;
            }
        }
    }

    protected override void LeftAssert(Token token, ChangeList<Token> output) => Assert(token);

    protected override void LeftModify(Token token, ChangeList<Token> output) => Modify(token);

    protected override void LeftRetract(Token token, ChangeList<Token> output) => Retract(token);

    private void Assert(Token token)
    {
        var activation = (Activation)token;
        _count++;
        Session.OnActivationCreated(activation);
        if (Session.PassesFilter(activation))
        {
            Session.AgendaQueue.Add(activation);
        }
    }

    private void Modify(Token token)
    {
        var activation = (Activation)token;
        if (activation.Trigger != MatchTrigger.Created)
        {
            activation.Trigger = MatchTrigger.Updated;
        }

        Session.OnActivationUpdated(activation);
        if (activation.IsQueued)
        {
            // A queued activation keeps its place and fires once.
            if (!Session.PassesFilter(activation))
            {
                Session.Unqueue(activation);
            }

            return;
        }

        if (activation.HasFired && Branch.Definition.Repeatability == RuleRepeatability.NonRepeatable)
        {
            return;
        }

        if (Session.PassesFilter(activation) && (!activation.HasFired || Session.KeysChanged(activation)))
        {
            Session.AgendaQueue.Add(activation);
        }
    }

    private void Retract(Token token)
    {
        var activation = (Activation)token;
        _count--;
        Session.Unqueue(activation);
        activation.IsDeleted = true;
        activation.Trigger = MatchTrigger.Removed;
        Session.OnActivationDeleted(activation);
    }
}
