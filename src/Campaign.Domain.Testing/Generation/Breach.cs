namespace Campaign.Domain.Testing.Generation;

/// <summary>
/// The decisions of the generator that break a rule (named by rule id) or produce a boundary case. The first
/// opportunity of each is always taken, so every preset, even the smallest, shows each of them at least once.
/// </summary>
internal enum Breach
{
    Ovd001, Ovd002, Ovd003, Ovd004, Ovd005, Ovd006, Ovd007,
    Sup001, Sup002, Sup003, Sup004, Sup005, Sup006,
    Mis001, Mis002, Mis003, Mis004, Mis005, Mis006,
    Inc001, Inc002, Inc003,

    /// <summary>A weak and lax designation (needed before OVD-004/005 can occur).</summary>
    WeakLax,

    /// <summary>An open rectification whose deadline is the as-of day (not overdue).</summary>
    DeadlineOnAsOf,

    /// <summary>A rectification completed on its deadline day (not late).</summary>
    CompletedOnDeadline,

    /// <summary>An immediate rectification completed exactly 30 days after the problem was found.</summary>
    ImmediateExactlyWindow,

    /// <summary>A mass evaluation with a satisfied rate of exactly 0.90.</summary>
    RateExactlyTarget,

    /// <summary>An opinion claimed exactly 30 days after receipt.</summary>
    ClaimExactlyWindow,

    /// <summary>An education period from 31 March to 30 June: exactly three months with month-end clamping.</summary>
    EducationClamped,

    /// <summary>A weak and lax team staffed on the deadline day.</summary>
    StaffedOnDeadline,

    /// <summary>A weak and lax organisation consolidated on the deadline day.</summary>
    ConsolidatedOnDeadline,

    /// <summary>Exactly three owners sharing one text (flagged by SUP-006).</summary>
    SharedByThreeOwners,

    /// <summary>Exactly two owners sharing one text (not flagged).</summary>
    SharedByTwoOwners,

    /// <summary>A measure with exactly six concrete characters (not flagged by SUP-005).</summary>
    SixConcreteChars,

    /// <summary>An opinion reported back exactly 15 days after the last completion.</summary>
    ReportBackOnWindowDay,

    /// <summary>The number of members.</summary>
    Count,
}
