namespace Campaign.Rules;

/// <summary>A directed link between two nodes of the graph.</summary>
public sealed class ReteLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="sourceId">The id of the upstream node.</param>
    /// <param name="targetId">The id of the downstream node.</param>
    public ReteLink(int sourceId, int targetId)
    {
        SourceId = sourceId;
        TargetId = targetId;
    }

    /// <summary>The id of the upstream node.</summary>
    public int SourceId { get; }

    /// <summary>The id of the downstream node.</summary>
    public int TargetId { get; }
}
