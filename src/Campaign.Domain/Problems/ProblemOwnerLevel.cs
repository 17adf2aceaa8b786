namespace Campaign.Domain.Problems;

/// <summary>Who owns a problem: the leadership team or one person (班子问题 / 个人问题).</summary>
public enum ProblemOwnerLevel
{
    /// <summary>The unit's leadership team (班子问题).</summary>
    Team,

    /// <summary>One person of the unit (个人问题).</summary>
    Individual,
}
