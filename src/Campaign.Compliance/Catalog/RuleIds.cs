namespace Campaign.Compliance.Catalog;

/// <summary>The ids of the shipped rules (rules.md), as constants for rule attributes and code.</summary>
public static class RuleIds
{
    /// <summary>RectificationOverdue.</summary>
    public const string RectificationOverdue = "OVD-001";

    /// <summary>CompletedLate.</summary>
    public const string CompletedLate = "OVD-002";

    /// <summary>ImmediateNotImmediate.</summary>
    public const string ImmediateNotImmediate = "OVD-003";

    /// <summary>WeakOrgTeamNotStaffed.</summary>
    public const string WeakOrgTeamNotStaffed = "OVD-004";

    /// <summary>WeakOrgNotConsolidated.</summary>
    public const string WeakOrgNotConsolidated = "OVD-005";

    /// <summary>OpinionUnclaimed.</summary>
    public const string OpinionUnclaimed = "OVD-006";

    /// <summary>ProblemWithoutRectification.</summary>
    public const string ProblemWithoutRectification = "OVD-007";

    /// <summary>CompletedWithoutEvidence.</summary>
    public const string CompletedWithoutEvidence = "SUP-001";

    /// <summary>SelfAssessedOnly.</summary>
    public const string SelfAssessedOnly = "SUP-002";

    /// <summary>LowSatisfaction.</summary>
    public const string LowSatisfaction = "SUP-003";

    /// <summary>NotReportedBack.</summary>
    public const string NotReportedBack = "SUP-004";

    /// <summary>VagueMeasure.</summary>
    public const string VagueMeasure = "SUP-005";

    /// <summary>BoilerplateProblem.</summary>
    public const string BoilerplateProblem = "SUP-006";

    /// <summary>TeamProblemForPersonalOpinion.</summary>
    public const string TeamProblemForPersonalOpinion = "MIS-001";

    /// <summary>NoPersonalProblems.</summary>
    public const string NoPersonalProblems = "MIS-002";

    /// <summary>PersonalCopyOfTeamProblem.</summary>
    public const string PersonalCopyOfTeamProblem = "MIS-003";

    /// <summary>WorkForFourWinds.</summary>
    public const string WorkForFourWinds = "MIS-004";

    /// <summary>FocusAvoided.</summary>
    public const string FocusAvoided = "MIS-005";

    /// <summary>RectifierNotOwner.</summary>
    public const string RectifierNotOwner = "MIS-006";

    /// <summary>NoDeadline.</summary>
    public const string NoDeadline = "INC-001";

    /// <summary>NoResponsible.</summary>
    public const string NoResponsible = "INC-002";

    /// <summary>ShortEducation.</summary>
    public const string ShortEducation = "INC-003";

    /// <summary>UnitAtRisk.</summary>
    public const string UnitAtRisk = "ESC-001";
}
