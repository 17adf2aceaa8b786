namespace Campaign.Rules.Integration.DependencyInjection;

/// <summary>Which runtime a registered session factory runs the rules on.</summary>
public enum RuleRuntime
{
    /// <summary>The indexed runtime of this package (<c>CompileIndexed</c>): hash-indexed joins.</summary>
    Indexed,

    /// <summary>NRules' own runtime (<c>Compile</c>).</summary>
    NRules,
}
