using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Rules.Fluent;

/// <summary>The default activator: calls the rule type's parameterless constructor.</summary>
internal sealed class RuleActivator : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type)
    {
        if (Activator.CreateInstance(type, nonPublic: true) is Rule rule)
        {
            return [rule];
        }

        throw new ArgumentException($"Type {type.FullName} is not a rule.", nameof(type));
    }
}
