using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

/// <summary>A node of a session's network (each session builds its own nodes from the factory's compiled plans).</summary>
/// <remarks>
/// Propagation (the session's working-memory operations, every node, fact and change list of <c>Rete/</c>) is the
/// engine's hot path: indexed loops over pooled lists.
/// </remarks>
internal abstract class NetworkNode
{
    protected NetworkNode(Session session, NodeType nodeType, string label)
    {
        Session = session;
        NodeType = nodeType;
        Label = label;
    }

    public Session Session { get; }

    public NodeType NodeType { get; }

    public string Label { get; }

    public virtual int FactCount => 0;

    /// <summary>The changes the node received (NRules' per-node metrics).</summary>
    public NodeCounters Counters;

    public virtual int TupleCount => 0;

    public abstract IEnumerable<NetworkNode> Successors { get; }
}

/// <summary>
/// A node of the beta network: receives sets of changes of partial matches (tokens) from its parent, processes the
/// whole set, and hands the resulting changes to its child as one list (a single change is a set of one).
/// </summary>
internal abstract class BetaNode : NetworkNode
{
    protected BetaNode(Session session, NodeType nodeType, string label)
        : base(session, nodeType, label)
    {
    }

    public BetaNode Child { get; set; } = null!;

    public override IEnumerable<NetworkNode> Successors => [Child];

    // The output list is pooled.

    /// <summary>Creates a token that this node receives as its left input (the node decides which fields it needs).</summary>
    public virtual Token CreateToken(Token? parent, object? slot) => new Token(parent, slot);

    /// <summary>Processes a set of left changes in order; the child receives all resulting changes as one list.</summary>
    public virtual void LeftPropagate(ChangeList<Token> changes)
    {
        var output = Session.TokenLists.Rent();
        for (var i = 0; i < changes.Count; i++)
        {
            var token = changes[i];
            switch (changes.KindAt(i))
            {
                case ChangeKind.Assert:
                    Counters.InsertInput++;
                    LeftAssert(token, output);
                    break;
                case ChangeKind.Modify:
                    Counters.UpdateInput++;
                    LeftModify(token, output);
                    break;
                default:
                    Counters.RetractInput++;
                    LeftRetract(token, output);
                    break;
            }
        }

        Emit(output);
    }

    /// <summary>Propagates one change (a set of one).</summary>
    public void LeftPropagate(Token token, ChangeKind kind)
    {
        var changes = Session.TokenLists.Rent();
        changes.Add(token, kind);
        LeftPropagate(changes);
        Session.TokenLists.Return(changes);
    }

    protected abstract void LeftAssert(Token token, ChangeList<Token> output);

    protected abstract void LeftModify(Token token, ChangeList<Token> output);

    protected abstract void LeftRetract(Token token, ChangeList<Token> output);

    /// <summary>Hands the changes to the child (as one list) and returns the list to the pool.</summary>
    protected void Emit(ChangeList<Token> output)
    {
        if (output.Count > 0)
        {
            Child.LeftPropagate(output);
            Session.FlushAggregates();
        }

        Session.TokenLists.Return(output);
    }
}

/// <summary>A receiver of sets of fact changes from an alpha memory.</summary>
internal interface IRightSink
{
    void RightPropagate(ChangeList<Fact> changes);
}

/// <summary>Counts of the partial-match changes a node received, by kind (what it passed on is what its successors received).</summary>
internal struct NodeCounters
{
    public int InsertInput;
    public int UpdateInput;
    public int RetractInput;
}
