namespace Campaign.Rules.Fluent.Dsl;

/// <summary>The rule description.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class DescriptionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="description">The value.</param>
    public DescriptionAttribute(string description) => Description = description;

    /// <summary>The value.</summary>
    public string Description { get; }
}
