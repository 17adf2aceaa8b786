using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Fluent.Dsl;

/// <summary>Whether the rule fires again after an update of a fired activation (default Repeatable).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RepeatabilityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The repeatability.</param>
    public RepeatabilityAttribute(RuleRepeatability value) => Value = value;

    /// <summary>The repeatability.</summary>
    public RuleRepeatability Value { get; }
}
