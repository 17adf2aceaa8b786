namespace Campaign.Rules.Fluent.Dsl;

/// <summary>The rule priority: higher fires first (default 0, negative allowed).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PriorityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The priority.</param>
    public PriorityAttribute(int value) => Value = value;

    /// <summary>The priority.</summary>
    public int Value { get; }
}
