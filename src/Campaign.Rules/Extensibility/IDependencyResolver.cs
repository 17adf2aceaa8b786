namespace Campaign.Rules.Extensibility;

/// <summary>Resolves the services that rules declare with <c>Dependency().Resolve</c>, at firing time.</summary>
public interface IDependencyResolver
{
    /// <summary>Resolves a service.</summary>
    /// <param name="context">The session and rule asking.</param>
    /// <param name="serviceType">The service type.</param>
    /// <returns>The service; never null.</returns>
    object Resolve(IResolutionContext context, Type serviceType);
}
