using Campaign.Rules.Compilation;
using NRules.RuleModel;

namespace Campaign.Rules;

/// <summary>
/// Compiles NRules rule models (<see cref="IRuleDefinition"/>, <see cref="IRuleSet"/>) into a session factory whose
/// sessions run on this project's indexed Rete. Mirrors <c>NRules.RuleCompiler</c>.
/// </summary>
public sealed class IndexedRuleCompiler
{
    /// <summary>
    /// Custom aggregators by name. NRules' own registry cannot be created outside NRules, so this is the indexed
    /// runtime's registry with the same <c>RegisterFactory</c> call.
    /// </summary>
    public AggregatorRegistry AggregatorRegistry { get; } = new();

    /// <summary>
    /// Fact identity comparers, NRules' registry. The indexed runtime identifies facts by reference, then by
    /// <see cref="IIdentityProvider"/>, then by <c>Equals</c>; comparers registered here are not read (NRules keeps
    /// their lookup internal).
    /// </summary>
    public NRules.FactIdentityComparerRegistry FactIdentityComparerRegistry { get; } = new();

    /// <summary>Compiles the rules of the rule sets.</summary>
    /// <param name="ruleSets">The rule sets.</param>
    /// <returns>The session factory.</returns>
    public NRules.ISessionFactory Compile(IEnumerable<IRuleSet> ruleSets) => Compile(ruleSets, CancellationToken.None);

    /// <summary>Compiles the rules of the rule sets.</summary>
    /// <param name="ruleSets">The rule sets.</param>
    /// <param name="cancellationToken">Stops the compilation between rules.</param>
    /// <returns>The session factory.</returns>
    public NRules.ISessionFactory Compile(IEnumerable<IRuleSet> ruleSets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        return Compile(ruleSets.SelectMany(set => set.Rules), cancellationToken);
    }

    /// <summary>Compiles rule definitions.</summary>
    /// <param name="ruleDefinitions">The rules.</param>
    /// <returns>The session factory.</returns>
    public NRules.ISessionFactory Compile(IEnumerable<IRuleDefinition> ruleDefinitions) => Compile(ruleDefinitions, CancellationToken.None);

    /// <summary>Compiles rule definitions.</summary>
    /// <param name="ruleDefinitions">The rules.</param>
    /// <param name="cancellationToken">Stops the compilation between rules.</param>
    /// <returns>The session factory.</returns>
    public NRules.ISessionFactory Compile(IEnumerable<IRuleDefinition> ruleDefinitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleDefinitions);
        var compiler = new RuleCompiler();
        var branches = new List<RuleBranch>();
        foreach (var rule in ruleDefinitions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            branches.AddRange(compiler.Compile(ModelTranslator.Translate(rule, AggregatorRegistry)));
        }

        return new SessionFactory(branches);
    }
}
