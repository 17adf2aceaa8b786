using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Fluent;

/// <summary>The metadata of a rule class, read from its attributes (used to filter rules when loading).</summary>
public interface IRuleMetadata
{
    /// <summary>The rule class.</summary>
    Type RuleType { get; }

    /// <summary>The name (the <c>Name</c> attribute, else the full class name).</summary>
    string Name { get; }

    /// <summary>The description (empty when none).</summary>
    string Description { get; }

    /// <summary>The priority (default 0).</summary>
    int Priority { get; }

    /// <summary>The repeatability (default Repeatable).</summary>
    RuleRepeatability Repeatability { get; }

    /// <summary>The tags.</summary>
    IReadOnlyList<string> Tags { get; }
}
