using Campaign.Rules.Compilation;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Fluent;

/// <summary>
/// Loads rules written in the fluent DSL into rule sets and compiles them into a session factory.
/// </summary>
public sealed class RuleRepository
{
    private readonly List<RuleSet> _ruleSets = new();

    /// <summary>Creates rule instances from rule types; by default calls the parameterless constructor.</summary>
    public IRuleActivator Activator { get; set; } = new RuleActivator();

    /// <summary>Loads rules: <c>repository.Load(x =&gt; x.From(typeof(MyRule).Assembly))</c>.</summary>
    /// <param name="specAction">Says where the rules come from, which are kept, and the target rule set.</param>
    /// <exception cref="RuleDefinitionException">A rule's <c>Define()</c> is invalid.</exception>
    public void Load(Action<IRuleLoadSpec> specAction)
    {
        ArgumentNullException.ThrowIfNull(specAction);
        var spec = new RuleLoadSpec();
        specAction(spec);
        var ruleSet = _ruleSets.Find(s => s.Name == spec.RuleSetName);
        if (ruleSet is null)
        {
            ruleSet = new RuleSet(spec.RuleSetName);
            _ruleSets.Add(ruleSet);
        }

        foreach (var type in spec.RuleTypes())
        {
            foreach (var rule in Activator.Activate(type))
            {
                ruleSet.RuleList.Add(rule.Build());
            }
        }
    }

    /// <summary>The rule sets loaded so far.</summary>
    /// <returns>The rule sets, in load order.</returns>
    public IReadOnlyList<IRuleSet> GetRuleSets() => _ruleSets;

    /// <summary>Compiles every loaded rule into a thread-safe session factory.</summary>
    /// <returns>The factory.</returns>
    /// <exception cref="RuleDefinitionException">A rule is invalid (e.g. an unbound variable).</exception>
    /// <exception cref="RuleCompilationException">An expression could not be compiled.</exception>
    public ISessionFactory Compile() => Compile(_ruleSets);

    /// <summary>Compiles the given rule sets into a thread-safe session factory.</summary>
    /// <param name="ruleSets">The rule sets.</param>
    /// <returns>The factory.</returns>
    public static ISessionFactory Compile(IEnumerable<IRuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        var compiler = new RuleCompiler();
        var branches = new List<RuleBranch>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ruleSet in ruleSets)
        {
            foreach (var rule in ruleSet.Rules)
            {
                if (rule is not RuleDefinition definition)
                {
                    throw new ArgumentException($"Rule {rule.Name} was not defined through the fluent DSL.", nameof(ruleSets));
                }

                if (!names.Add(definition.Name))
                {
                    throw new RuleCompilationException($"Two rules are named '{definition.Name}'; rule names must be unique.");
                }

                branches.AddRange(compiler.Compile(definition));
            }
        }

        return new SessionFactory(branches);
    }
}
