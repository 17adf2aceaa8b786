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

    /// <summary>Whether the rule has the tag (ordinal comparison).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>True when tagged.</returns>
    bool IsTagged(string tag);
}
