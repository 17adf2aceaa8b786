namespace Campaign.Compliance.Findings;

/// <summary>How serious a finding is. Ordered: <see cref="Low"/> &lt; <see cref="Medium"/> &lt; <see cref="High"/>.</summary>
public enum FindingSeverity
{
    /// <summary>Good practice or a local method was not followed.</summary>
    Low,

    /// <summary>A local or qualified ("一般") requirement was not met.</summary>
    Medium,

    /// <summary>A direct breach of an explicit requirement.</summary>
    High,
}
