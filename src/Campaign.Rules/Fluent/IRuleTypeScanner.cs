using System.Reflection;

namespace Campaign.Rules.Fluent;

/// <summary>Finds rule types (concrete subclasses of <c>Rule</c>) in assemblies and type lists.</summary>
public interface IRuleTypeScanner
{
    /// <summary>Scans the assembly of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">A type of the assembly.</typeparam>
    /// <returns>This scanner.</returns>
    IRuleTypeScanner AssemblyOf<T>();

    /// <summary>Scans the assembly of a type.</summary>
    /// <param name="type">A type of the assembly.</param>
    /// <returns>This scanner.</returns>
    IRuleTypeScanner AssemblyOf(Type type);

    /// <summary>Scans assemblies.</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>This scanner.</returns>
    IRuleTypeScanner Assembly(params Assembly[] assemblies);

    /// <summary>Takes the rule types among the given types.</summary>
    /// <param name="types">The types.</param>
    /// <returns>This scanner.</returns>
    IRuleTypeScanner Type(params Type[] types);

    /// <summary>Also takes nested (public) rule types when scanning assemblies.</summary>
    /// <param name="include">Whether to include them.</param>
    /// <returns>This scanner.</returns>
    IRuleTypeScanner NestedTypes(bool include = true);

    /// <summary>Also takes non-public rule types when scanning assemblies.</summary>
    /// <param name="include">Whether to include them.</param>
    /// <returns>This scanner.</returns>
    IRuleTypeScanner PrivateTypes(bool include = true);

    /// <summary>The rule types found, in a stable order.</summary>
    /// <returns>The types.</returns>
    Type[] GetRuleTypes();
}
