using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

/// <summary>A node of a session's network (each session builds its own nodes from the factory's compiled plans).</summary>
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

    public virtual int TupleCount => 0;

    public abstract IEnumerable<NetworkNode> Successors { get; }
}

/// <summary>A node of the beta network: receives partial matches (tokens) from its parent.</summary>
internal abstract class BetaNode : NetworkNode
{
    protected BetaNode(Session session, NodeType nodeType, string label)
        : base(session, nodeType, label)
    {
    }

    public BetaNode Child { get; set; } = null!;

    public override IEnumerable<NetworkNode> Successors => [Child];

    public abstract void LeftAssert(Token token);

    public abstract void LeftModify(Token token);

    public abstract void LeftRetract(Token token);
}

/// <summary>A receiver of facts from an alpha memory.</summary>
internal interface IRightSink
{
    void RightAssert(Fact fact);

    void RightModify(Fact fact);

    void RightRetract(Fact fact);
}
