namespace Campaign.Compliance.Findings;

/// <summary>The kind of record a finding is about.</summary>
public enum SubjectType
{
    /// <summary>A unit (单位), or the leadership team of a unit.</summary>
    Unit,

    /// <summary>A person (党员、干部).</summary>
    Person,

    /// <summary>An opinion from the masses (意见建议).</summary>
    Opinion,

    /// <summary>A problem in a ledger (查摆问题).</summary>
    Problem,

    /// <summary>A rectification item (整改事项).</summary>
    Rectification,
}
