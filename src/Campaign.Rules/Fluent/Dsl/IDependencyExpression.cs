using System.Linq.Expressions;

namespace Campaign.Rules.Fluent.Dsl;

/// <summary>Declares services resolved at firing time (<c>Dependency()</c>).</summary>
public interface IDependencyExpression
{
    /// <summary>Declares a service bound to an alias usable in actions.</summary>
    /// <typeparam name="TDependency">The service type.</typeparam>
    /// <param name="alias">The alias.</param>
    /// <returns>This expression.</returns>
    IDependencyExpression Resolve<TDependency>(Expression<Func<TDependency>> alias);
}
