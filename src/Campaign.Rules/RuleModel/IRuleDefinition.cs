namespace Campaign.Rules.RuleModel;

/// <summary>A rule as defined: its metadata. The conditions and actions are kept in a model free of runtime types.</summary>
public interface IRuleDefinition
{
    /// <summary>The rule name, unique in a rule set (by default the full name of the rule class).</summary>
    string Name { get; }

    /// <summary>The description, empty when none was given.</summary>
    string Description { get; }

    /// <summary>The priority: activations of higher priority fire first (default 0; negative allowed).</summary>
    int Priority { get; }

    /// <summary>Whether the rule fires again after an update (default <see cref="RuleRepeatability.Repeatable"/>).</summary>
    RuleRepeatability Repeatability { get; }

    /// <summary>The tags of the rule, in declaration order.</summary>
    IReadOnlyList<string> Tags { get; }
}
