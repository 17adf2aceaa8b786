using System.Reflection;

namespace Campaign.Rules.Fluent;

/// <summary>What <see cref="RuleRepository.Load"/> loads: where rules come from, which are kept, which rule set they go to.</summary>
public interface IRuleLoadSpec
{
    /// <summary>Loads the rule types of assemblies.</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(params Assembly[] assemblies);

    /// <summary>Loads the given rule types.</summary>
    /// <param name="types">The types.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(params Type[] types);

    /// <summary>Loads the rule types a scanner finds.</summary>
    /// <param name="scanAction">Configures the scanner.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(Action<IRuleTypeScanner> scanAction);

    /// <summary>Keeps only the rules whose metadata satisfy the filter.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter);

    /// <summary>Puts the rules into the named rule set (default "default").</summary>
    /// <param name="ruleSetName">The rule set name.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec To(string ruleSetName);
}
