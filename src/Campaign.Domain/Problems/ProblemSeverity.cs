namespace Campaign.Domain.Problems;

/// <summary>How serious a problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>An ordinary problem (the default).</summary>
    Normal,

    /// <summary>A serious problem (问题严重的), calling for investigation (查处).</summary>
    Serious,
}
