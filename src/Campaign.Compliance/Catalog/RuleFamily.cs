namespace Campaign.Compliance.Catalog;

/// <summary>The family a compliance rule belongs to (rules.md).</summary>
public enum RuleFamily
{
    /// <summary>Deadlines and windows missed (OVD-*).</summary>
    Overdue,

    /// <summary>Work done for show, 走过场 (SUP-*).</summary>
    Superficial,

    /// <summary>Problems filed as the wrong kind or owner (MIS-*).</summary>
    Mismatch,

    /// <summary>Required fields or periods missing (INC-*).</summary>
    Incomplete,

    /// <summary>Derived from other findings (ESC-*).</summary>
    Escalation,
}
