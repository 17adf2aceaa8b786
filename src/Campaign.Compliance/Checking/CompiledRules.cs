using Campaign.Compliance.Catalog;
using Microsoft.Extensions.DependencyInjection;
using NRules;
using NRules.Extensibility;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Campaign.Compliance.Checking;

/// <summary>
/// A set of rule classes loaded by NRules' repository and compiled once, on the runtime the options choose, into a
/// session factory shared by every check and monitor of a checker (the factory is thread-safe).
/// </summary>
internal sealed class CompiledRules
{
    private readonly Dictionary<string, string?> _ruleIdByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ruleIds = new(StringComparer.Ordinal);
    private readonly List<Type> _matchedTypes = [];

    /// <param name="options">The options (validated): the runtime, and the parameters of every session.</param>
    /// <param name="services">Builds the user's rules and resolves their dependencies, when given.</param>
    /// <param name="ruleClasses">The rule classes to load (see <see cref="Enabled"/>), in load order.</param>
    /// <param name="definitions">The classes' rule definitions when the caller has loaded them (<see cref="Load"/>).</param>
    public CompiledRules(ComplianceOptions options, IServiceProvider? services, IReadOnlyList<Type> ruleClasses, IReadOnlyList<IRuleDefinition>? definitions = null)
    {
        Options = options;
        RuleClasses = ruleClasses;
        definitions ??= Load(ruleClasses, services);
        foreach (var type in ruleClasses)
        {
            var id = RuleDeclarations.IdOf(type);
            _ruleIdByName[RuleDeclarations.EngineName(type)] = id;
            if (id is not null)
            {
                _ruleIds.Add(id);
            }
        }

        foreach (var definition in definitions)
        {
            CollectPatternTypes(definition.LeftHandSide, _matchedTypes);
        }

        Factory = RuleRuntime.Compile(options.Engine, definitions);
        if (services is not null)
        {
            Factory.DependencyResolver = new ServiceDependencyResolver(services);
        }
    }

    /// <summary>Every enabled rule of <paramref name="options"/> (<see cref="Enabled"/>).</summary>
    public CompiledRules(ComplianceOptions options, IServiceProvider? services)
        : this(options, services, Enabled(options))
    {
    }

    public ComplianceOptions Options { get; }

    public NRules.ISessionFactory Factory { get; }

    /// <summary>The rule classes loaded.</summary>
    public IReadOnlyList<Type> RuleClasses { get; }

    public int RuleCount => RuleClasses.Count;

    /// <summary>The types the rules' patterns match (a fact matches a pattern when the pattern's type is assignable from its type).</summary>
    public IReadOnlyList<Type> MatchedTypes => _matchedTypes;

    /// <summary>Loads the rule classes with NRules' repository, the user's built through <paramref name="services"/> when given.</summary>
    public static List<IRuleDefinition> Load(IReadOnlyList<Type> ruleClasses, IServiceProvider? services)
    {
        var repository = new RuleRepository();
        if (services is not null)
        {
            repository.Activator = new ServiceRuleActivator(services);
        }

        foreach (var type in ruleClasses)
        {
            try
            {
                repository.Load(spec => spec.PrivateTypes(true).NestedTypes(true).From(type));
            }
            catch (Exception e) when (e is MissingMethodException || e.InnerException is MissingMethodException)
            {
                throw new InvalidOperationException(
                    $"The rule class {type.FullName} cannot be created: {(e.InnerException ?? e).Message} Give it a parameterless constructor, or register it through AddCampaignCompliance so its constructor's services are resolved.",
                    e);
            }
        }

        return repository.GetRules().ToList();
    }

    /// <summary>The rule class a definition was loaded from.</summary>
    public static Type? ClassOf(IRuleDefinition definition) =>
        definition.Properties.TryGetProperty(RuleProperties.ClrType, out var property) ? property.Value as Type : null;

    /// <summary>
    /// The enabled rule classes: the shipped ones, then the user's (<paramref name="userTypes"/>, else the options'),
    /// leaving out those whose rule id the options disable.
    /// </summary>
    public static List<Type> Enabled(ComplianceOptions options, IReadOnlyList<Type>? userTypes = null)
    {
        var types = new List<Type>();
        foreach (var type in RuleDeclarations.ShippedClasses)
        {
            if (!options.DisabledRules.Contains(RuleDeclarations.IdOf(type)!))
            {
                types.Add(type);
            }
        }

        foreach (var type in userTypes ?? options.UserRuleClasses())
        {
            if (RuleDeclarations.IdOf(type) is not { } id || !options.DisabledRules.Contains(id))
            {
                types.Add(type);
            }
        }

        return types;
    }

    /// <summary>
    /// Whether some pattern of some rule can match facts of <paramref name="type"/> (so a session need not insert
    /// records no rule reads: the domain records a user rule matches, say).
    /// </summary>
    public bool Matches(Type type)
    {
        foreach (var matched in _matchedTypes)
        {
            if (matched.IsAssignableFrom(type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a rule with the compliance rule id <paramref name="ruleId"/> is loaded (shipped or a user's).</summary>
    public bool Includes(string ruleId) => _ruleIds.Contains(ruleId);

    /// <summary>The compliance rule id of an engine rule, when its class declares one.</summary>
    public string? RuleIdOf(string ruleName) => _ruleIdByName.GetValueOrDefault(ruleName);

    /// <summary>The fact types of every pattern under <paramref name="element"/>, aggregates' sources and negations included.</summary>
    internal static void CollectPatternTypes(RuleElement? element, List<Type> types)
    {
        switch (element)
        {
            case PatternElement pattern:
                // A pattern with a source (an aggregate, a Let binding) matches what its source makes, not facts.
                if (pattern.Source is null && !types.Contains(pattern.ValueType))
                {
                    types.Add(pattern.ValueType);
                }

                CollectPatternTypes(pattern.Source, types);
                break;
            case AggregateElement aggregate:
                CollectPatternTypes(aggregate.Source, types);
                break;
            case NotElement not:
                CollectPatternTypes(not.Source, types);
                break;
            case ExistsElement exists:
                CollectPatternTypes(exists.Source, types);
                break;
            case ForAllElement forAll:
                CollectPatternTypes(forAll.BasePattern, types);
                foreach (var pattern in forAll.Patterns)
                {
                    CollectPatternTypes(pattern, types);
                }

                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    CollectPatternTypes(child, types);
                }

                break;
        }
    }

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
