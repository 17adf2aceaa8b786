namespace Campaign.Rules.RuleModel;

/// <summary>A named set of rule definitions.</summary>
public interface IRuleSet
{
    /// <summary>The name of the set.</summary>
    string Name { get; }

    /// <summary>The rules of the set, in load order.</summary>
    IReadOnlyList<IRuleDefinition> Rules { get; }
}
