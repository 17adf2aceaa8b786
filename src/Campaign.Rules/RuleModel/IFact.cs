namespace Campaign.Rules.RuleModel;

/// <summary>A fact as seen by diagnostics: its declared or runtime type and its value.</summary>
public interface IFact
{
    /// <summary>The type of the fact.</summary>
    Type Type { get; }

    /// <summary>The fact object (may be null for a value computed by a rule).</summary>
    object? Value { get; }
}
