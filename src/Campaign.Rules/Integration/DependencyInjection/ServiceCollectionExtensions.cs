using Campaign.Rules.Extensibility;
using Campaign.Rules.Fluent;
using Campaign.Rules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Rules.Integration.DependencyInjection;

/// <summary>Registers the rules engine in a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rule types the scanner finds (transient, built by the container so rules get constructor
    /// injection), a singleton compiled <see cref="ISessionFactory"/>, and a scoped <see cref="ISession"/>
    /// whose dependency resolver is the container.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="scanAction">Finds the rule types, e.g. <c>x =&gt; x.AssemblyOf&lt;MyRule&gt;()</c>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRules(this IServiceCollection services, Action<IRuleTypeScanner> scanAction)
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
            var repository = new RuleRepository { Activator = provider.GetRequiredService<IRuleActivator>() };
            repository.Load(x => x.From(ruleTypes));
            var factory = repository.Compile();
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
