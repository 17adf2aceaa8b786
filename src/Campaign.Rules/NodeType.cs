namespace Campaign.Rules;

/// <summary>The kinds of node of the network.</summary>
public enum NodeType
{
    /// <summary>Entry of facts of one type (and derived types).</summary>
    Type,

    /// <summary>An alpha test on one fact.</summary>
    Selection,

    /// <summary>A hashed dispatch of constant-equality tests on one field.</summary>
    HashedSelection,

    /// <summary>The facts that passed a chain of alpha tests.</summary>
    AlphaMemory,

    /// <summary>A join of partial matches with facts.</summary>
    Join,

    /// <summary>A negated pattern.</summary>
    Not,

    /// <summary>An existential pattern.</summary>
    Exists,

    /// <summary>A query (aggregate) node.</summary>
    Aggregate,

    /// <summary>A computed binding (<c>Let</c>).</summary>
    Binding,

    /// <summary>A filter on partial matches (<c>Having</c>).</summary>
    Filter,

    /// <summary>The end of a rule: activations.</summary>
    Rule,
}
