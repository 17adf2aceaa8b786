namespace Campaign.Domain.Problems;

/// <summary>How a problem was found.</summary>
public enum ProblemSource
{
    /// <summary>From opinions of the masses or cadres (意见建议).</summary>
    Opinion,

    /// <summary>By the unit's own self-examination (自己找、查摆).</summary>
    SelfExamination,

    /// <summary>By a supervision or guidance group (督导组、指导组).</summary>
    Supervision,

    /// <summary>By an undercover inspection (暗访).</summary>
    UndercoverInspection,

    /// <summary>Any other way.</summary>
    Other,
}
