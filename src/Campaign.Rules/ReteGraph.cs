namespace Campaign.Rules;

/// <summary>The Rete network as nodes and links, so that a tool can draw it; session graphs carry memory counters.</summary>
public sealed class ReteGraph
{
    /// <summary>Creates a graph.</summary>
    /// <param name="nodes">The nodes.</param>
    /// <param name="links">The links.</param>
    internal ReteGraph(IReadOnlyList<ReteNode> nodes, IReadOnlyList<ReteLink> links)
    {
        Nodes = nodes;
        Links = links;
    }

    /// <summary>The nodes, each with a unique id.</summary>
    public IReadOnlyList<ReteNode> Nodes { get; }

    /// <summary>The links between nodes.</summary>
    public IReadOnlyList<ReteLink> Links { get; }
}
