namespace Campaign.Compliance.Findings;

/// <summary>The language in which titles and messages are rendered.</summary>
public enum ReportLanguage
{
    /// <summary>English.</summary>
    En,

    /// <summary>Chinese (simplified).</summary>
    Zh,
}
