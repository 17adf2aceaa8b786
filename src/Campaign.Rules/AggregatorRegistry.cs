namespace Campaign.Rules;

/// <summary>Custom aggregate factories by aggregate name (skeleton).</summary>
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
}
