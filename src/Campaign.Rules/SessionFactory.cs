using Campaign.Rules.Compilation;
using Campaign.Rules.Diagnostics;
using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;
using NRules.RuleModel;

namespace Campaign.Rules;

/// <summary>
/// The compiled network plans. Immutable after compilation (sessions build their own memories from the shared plans),
/// hence safe to share between threads.
/// </summary>
internal sealed class SessionFactory : ISessionFactory
{
    private readonly Dictionary<string, IRuleDefinition> _rules = new(StringComparer.Ordinal);

    public SessionFactory(IReadOnlyList<RuleBranch> branches)
    {
        Branches = branches;
        foreach (var branch in branches)
        {
            _rules.TryAdd(branch.Definition.Name, branch.Definition.Source);
        }
    }

    public IReadOnlyList<RuleBranch> Branches { get; }

    public IEventProvider Events => EventAggregator;

    public IDependencyResolver DependencyResolver { get; set; } = null!;

    public IActionInterceptor? ActionInterceptor { get; set; }

    internal EventAggregator EventAggregator { get; } = new(null);

    public ISession CreateSession() => new Session(this);

    public ISession CreateSession(Action<ISession> initializationAction)
    {
        ArgumentNullException.ThrowIfNull(initializationAction);
        var session = CreateSession();
        initializationAction(session);
        return session;
    }

    NRules.Diagnostics.ReteGraph ISessionSchemaProvider.GetSchema() => throw SchemaExtensions.NotSupported();

    /// <summary>The network with zero counts.</summary>
    internal ReteGraph Describe()
    {
        using var session = new Session(this);
        return session.Describe();
    }

    /// <summary>The rules named in a node's label (a shared node names every rule that uses it, comma-separated).</summary>
    internal IEnumerable<IRuleDefinition> RulesNamed(string names)
    {
        var rules = new List<IRuleDefinition>();
        if (_rules.TryGetValue(names, out var single))
        {
            rules.Add(single);
            return rules;
        }

        foreach (var name in names.Split(", ", StringSplitOptions.RemoveEmptyEntries))
        {
            if (_rules.TryGetValue(name, out var rule))
            {
                rules.Add(rule);
            }
        }

        return rules;
    }
}
