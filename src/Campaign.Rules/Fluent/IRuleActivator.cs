using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Rules.Fluent;

/// <summary>Creates rule instances from rule types (e.g. through a container, for constructor injection).</summary>
public interface IRuleActivator
{
    /// <summary>Creates the rule instance(s) for a rule type.</summary>
    /// <param name="type">The rule type.</param>
    /// <returns>The instances (usually one).</returns>
    IEnumerable<Rule> Activate(Type type);
}
