using System.Reflection;
using Campaign.Compliance.Catalog;
using Campaign.Rules;
using Campaign.Rules.Extensibility;
using Campaign.Rules.Fluent;
using Campaign.Rules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Compliance.Checking;

/// <summary>
/// The enabled shipped rules and the user's rules, compiled once into a session factory shared by every
/// check and monitor of a checker (the factory is thread-safe).
/// </summary>
internal sealed class CompiledRules
{
    private static readonly Type[] ShippedTypes = typeof(CompiledRules).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<ComplianceRuleAttribute>() is not null && typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    private readonly Dictionary<string, string?> _ruleIdByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ruleIds = new(StringComparer.Ordinal);

    /// <param name="options">The options (validated).</param>
    /// <param name="services">Builds the user's rules and resolves their dependencies, when given.</param>
    /// <param name="userTypes">The options' user rule classes when the caller has them already (they are found by scanning assemblies).</param>
    public CompiledRules(ComplianceOptions options, IServiceProvider? services, IReadOnlyList<Type>? userTypes = null)
    {
        Options = options;
        var types = new List<Type>();
        foreach (var type in ShippedTypes)
        {
            if (!options.DisabledRules.Contains(type.GetCustomAttribute<ComplianceRuleAttribute>()!.RuleId))
            {
                types.Add(type);
            }
        }

        userTypes ??= options.UserRuleClasses();
        foreach (var type in userTypes)
        {
            if (type.GetCustomAttribute<ComplianceRuleAttribute>() is { } attribute && options.DisabledRules.Contains(attribute.RuleId))
            {
                continue;
            }

            types.Add(type);
        }

        HasUserRules = userTypes.Count > 0;
        var repository = new RuleRepository();
        if (services is not null)
        {
            repository.Activator = new ServiceRuleActivator(services);
        }

        foreach (var type in types)
        {
            try
            {
                repository.Load(spec => spec.From(type));
            }
            catch (MissingMethodException e)
            {
                throw new InvalidOperationException(
                    $"The rule class {type.FullName} cannot be created: {e.Message} Give it a parameterless constructor, or register it through AddCampaignCompliance so its constructor's services are resolved.",
                    e);
            }
        }
        foreach (var type in types)
        {
            var name = type.GetCustomAttribute<NameAttribute>()?.Name;
            var id = type.GetCustomAttribute<ComplianceRuleAttribute>()?.RuleId;
            _ruleIdByName[name ?? type.FullName ?? type.Name] = id;
            if (id is not null)
            {
                _ruleIds.Add(id);
            }
        }

        Factory = repository.Compile();
        if (services is not null)
        {
            Factory.DependencyResolver = new ServiceDependencyResolver(services);
        }

        RuleCount = types.Count;
    }

    public ComplianceOptions Options { get; }

    public ISessionFactory Factory { get; }

    /// <summary>Whether user rules are loaded: then the domain records are facts too, for them to match.</summary>
    public bool HasUserRules { get; }

    public int RuleCount { get; }

    /// <summary>Whether a rule with the compliance rule id <paramref name="ruleId"/> is loaded (shipped or a user's).</summary>
    public bool Includes(string ruleId) => _ruleIds.Contains(ruleId);

    /// <summary>The compliance rule id of an engine rule, when its class declares one.</summary>
    public string? RuleIdOf(string ruleName) => _ruleIdByName.GetValueOrDefault(ruleName);

    private sealed class ServiceRuleActivator(IServiceProvider services) : IRuleActivator
    {
        public IEnumerable<Rule> Activate(Type type) => [(Rule)ActivatorUtilities.GetServiceOrCreateInstance(services, type)];
    }

    private sealed class ServiceDependencyResolver(IServiceProvider services) : IDependencyResolver
    {
        public object Resolve(IResolutionContext context, Type serviceType) =>
            services.GetService(serviceType) ?? throw new InvalidOperationException($"Rule '{context.Rule.Name}' needs a {serviceType.Name}, which is not registered.");
    }
}
