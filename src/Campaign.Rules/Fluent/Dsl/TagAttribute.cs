namespace Campaign.Rules.Fluent.Dsl;

/// <summary>A tag of the rule; a rule may have several.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class TagAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The tag.</param>
    public TagAttribute(string value) => Value = value;

    /// <summary>The tag.</summary>
    public string Value { get; }
}
