namespace Campaign.Rules.Fluent.Dsl;

/// <summary>The rule name (overrides the class name).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class NameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The value.</param>
    public NameAttribute(string name) => Name = name;

    /// <summary>The value.</summary>
    public string Name { get; }
}
