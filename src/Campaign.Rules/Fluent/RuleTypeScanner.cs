using System.Reflection;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Rules.Fluent;

/// <summary>The default rule type scanner: concrete, non-generic subclasses of <see cref="Rule"/>.</summary>
public sealed class RuleTypeScanner : IRuleTypeScanner
{
    private readonly List<Assembly> _assemblies = new();
    private readonly List<Type> _types = new();
    private bool _nested;
    private bool _private;

    /// <inheritdoc />
    public IRuleTypeScanner AssemblyOf<T>() => AssemblyOf(typeof(T));

    /// <inheritdoc />
    public IRuleTypeScanner AssemblyOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Assembly(type.Assembly);
    }

    /// <inheritdoc />
    public IRuleTypeScanner Assembly(params Assembly[] assemblies)
    {
        _assemblies.AddRange(assemblies);
        return this;
    }

    /// <inheritdoc />
    public IRuleTypeScanner Type(params Type[] types)
    {
        _types.AddRange(types);
        return this;
    }

    /// <inheritdoc />
    public IRuleTypeScanner NestedTypes(bool include = true)
    {
        _nested = include;
        return this;
    }

    /// <inheritdoc />
    public IRuleTypeScanner PrivateTypes(bool include = true)
    {
        _private = include;
        return this;
    }

    /// <inheritdoc />
    public Type[] GetRuleTypes()
    {
        var result = new List<Type>();
        var seen = new HashSet<Type>();
        foreach (var assembly in _assemblies)
        {
            var types = new List<Type>(assembly.GetTypes());
            types.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
            foreach (var type in types)
            {
                if (IsRule(type) && (_nested || !type.IsNested) && (_private || type.IsPublic || type.IsNestedPublic) && seen.Add(type))
                {
                    result.Add(type);
                }
            }
        }

        foreach (var type in _types)
        {
            if (IsRule(type) && seen.Add(type))
            {
                result.Add(type);
            }
        }

        return result.ToArray();
    }

    internal static bool IsRule(Type type) =>
        typeof(Rule).IsAssignableFrom(type) && !type.IsAbstract && !type.ContainsGenericParameters;
}
