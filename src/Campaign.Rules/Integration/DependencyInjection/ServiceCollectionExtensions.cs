using Microsoft.Extensions.DependencyInjection;
using NRules;
using NRules.Extensibility;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Integration.DependencyInjection;

/// <summary>
/// Registers NRules rules in a service collection (NRules' own integration package is the counterpart): rule classes
/// built by the container, a dependency resolver over the container, a singleton session factory on the chosen runtime.
/// </summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rule types the scanner finds (transient, built by the container so rules get constructor
    /// injection), an <see cref="IRuleActivator"/> and an <see cref="IDependencyResolver"/> over the container, a
    /// singleton <see cref="ISessionFactory"/> compiled on <paramref name="runtime"/> and a scoped <see cref="ISession"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="scanAction">Finds the rule types, e.g. <c>x =&gt; x.AssemblyOf&lt;MyRule&gt;()</c>.</param>
    /// <param name="runtime">The runtime the rules run on; the indexed runtime by default.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRules(this IServiceCollection services, Action<IRuleTypeScanner> scanAction, RuleRuntime runtime = RuleRuntime.Indexed)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(scanAction);
        var scanner = new RuleTypeScanner();
        scanAction(scanner);
        var ruleTypes = scanner.GetRuleTypes();
        foreach (var type in ruleTypes)
        {
            services.AddTransient(type);
        }

        services.AddSingleton<IRuleActivator>(provider => new ContainerRuleActivator(provider));
        services.AddSingleton<IDependencyResolver>(provider => new ContainerDependencyResolver(provider));
        services.AddSingleton(provider =>
        {
            var repository = new RuleRepository(provider.GetRequiredService<IRuleActivator>());
            repository.Load(x => x.From(ruleTypes));
            var factory = runtime == RuleRuntime.NRules ? repository.Compile() : repository.CompileIndexed();
            factory.DependencyResolver = provider.GetRequiredService<IDependencyResolver>();
            return factory;
        });
        services.AddScoped(provider =>
        {
            var session = provider.GetRequiredService<ISessionFactory>().CreateSession();
            session.DependencyResolver = new ContainerDependencyResolver(provider);
            return session;
        });
        return services;
    }

    private sealed class ContainerRuleActivator : IRuleActivator
    {
        private readonly IServiceProvider _provider;

        public ContainerRuleActivator(IServiceProvider provider) => _provider = provider;

        public IEnumerable<Rule> Activate(Type type) =>
            [(Rule)(_provider.GetService(type) ?? ActivatorUtilities.CreateInstance(_provider, type))];
    }

    private sealed class ContainerDependencyResolver : IDependencyResolver
    {
        private readonly IServiceProvider _provider;

        public ContainerDependencyResolver(IServiceProvider provider) => _provider = provider;

        public object Resolve(IResolutionContext context, Type serviceType) => _provider.GetRequiredService(serviceType);
    }
}
