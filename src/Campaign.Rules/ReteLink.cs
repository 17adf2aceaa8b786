namespace Campaign.Rules;

/// <summary>A link between two nodes of the indexed runtime's network (changes flow from source to target).</summary>
public sealed class ReteLink
{
    internal ReteLink(ReteNode source, ReteNode target)
    {
        Source = source;
        Target = target;
    }

    /// <summary>The node the changes come from.</summary>
    public ReteNode Source { get; }

    /// <summary>The node the changes go to.</summary>
    public ReteNode Target { get; }
}
