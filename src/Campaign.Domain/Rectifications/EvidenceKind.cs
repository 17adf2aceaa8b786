namespace Campaign.Domain.Rectifications;

/// <summary>The kind of a piece of evidence for rectification work.</summary>
public enum EvidenceKind
{
    /// <summary>A document (a rule, a notice, a report).</summary>
    Document,

    /// <summary>Meeting minutes.</summary>
    MeetingMinutes,

    /// <summary>A photograph.</summary>
    Photo,

    /// <summary>A record of a field visit.</summary>
    FieldVisit,

    /// <summary>Anything else.</summary>
    Other,
}
