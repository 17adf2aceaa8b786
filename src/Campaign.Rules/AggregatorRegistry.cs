namespace Campaign.Rules;

/// <summary>
/// Custom aggregate factories by aggregate name, registered as on NRules' <c>RuleCompiler.AggregatorRegistry</c> so
/// that code shared by both runtimes compiles. The indexed runtime refuses custom aggregates at compile (NRules'
/// aggregator API takes a context only NRules can create); its error names the factory registered here.
/// </summary>
public sealed class AggregatorRegistry
{
    private readonly Dictionary<string, Type> _factories = new(StringComparer.Ordinal);

    /// <summary>Registers the factory type of a custom aggregate.</summary>
    /// <param name="name">The aggregate's name in the rule model.</param>
    /// <param name="factoryType">The factory type.</param>
    public void RegisterFactory(string name, Type factoryType)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factoryType);
        _factories[name] = factoryType;
    }

    /// <summary>The factory type registered for an aggregate name, or null.</summary>
    internal Type? FactoryOf(string name) => _factories.GetValueOrDefault(name);
}
