namespace Campaign.Rules.Tests.Builders;

using NRules.Extensibility;

/// <summary>Collects what rules did, in order; given to rules through the dependency resolver.</summary>
public sealed class Recorder : IDependencyResolver
{
    public List<string> Firings { get; } = new();

    public void Add(string entry) => Firings.Add(entry);

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(Recorder) ? this : throw new InvalidOperationException("Unknown service " + serviceType);
}
