namespace Campaign.Rules;

/// <summary>A node of the network with its memory counters (zero in a factory's graph).</summary>
public sealed class ReteNode
{
    /// <summary>Creates a node description.</summary>
    /// <param name="id">Unique id in the graph.</param>
    /// <param name="nodeType">The kind of node.</param>
    /// <param name="label">A readable description (type, condition, rule).</param>
    /// <param name="factCount">Facts held (alpha memory, right memory of a join).</param>
    /// <param name="tupleCount">Partial matches held (left memory, match records, activations).</param>
    internal ReteNode(int id, NodeType nodeType, string label, int factCount, int tupleCount)
    {
        Id = id;
        NodeType = nodeType;
        Label = label;
        FactCount = factCount;
        TupleCount = tupleCount;
    }

    /// <summary>Unique id in the graph.</summary>
    public int Id { get; }

    /// <summary>The kind of node.</summary>
    public NodeType NodeType { get; }

    /// <summary>A readable description.</summary>
    public string Label { get; }

    /// <summary>Facts held by the node's memory.</summary>
    public int FactCount { get; }

    /// <summary>Tuples (partial matches, match records, activations) held by the node.</summary>
    public int TupleCount { get; }
}
