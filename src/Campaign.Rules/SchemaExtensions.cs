using NRules.Diagnostics;

namespace Campaign.Rules;

/// <summary>
/// The network of an indexed session or factory. NRules' <c>GetSchema()</c> returns NRules' <c>ReteGraph</c>, which only
/// NRules can create; the indexed runtime describes its network with <see cref="ReteGraph"/> of this namespace.
/// </summary>
public static class SchemaExtensions
{
    /// <summary>Returns the network of an indexed session (with its memory counts) or factory (counts zero).</summary>
    /// <param name="provider">A session or session factory of the indexed runtime.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="NotSupportedException">The provider is not of the indexed runtime.</exception>
    public static ReteGraph GetIndexedSchema(this ISessionSchemaProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider switch
        {
            Session session => session.Describe(),
            SessionFactory factory => factory.Describe(),
            _ => throw new NotSupportedException($"{provider.GetType().Name} is not a session or session factory of the indexed runtime; call GetSchema() on NRules' own."),
        };
    }

    internal static NotSupportedException NotSupported() =>
        new("GetSchema() returns NRules' ReteGraph, which only NRules can create; call GetIndexedSchema() (namespace Campaign.Rules) for the indexed runtime's network.");
}
