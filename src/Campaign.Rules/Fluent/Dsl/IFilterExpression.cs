using System.Linq.Expressions;

namespace Campaign.Rules.Fluent.Dsl;

/// <summary>Agenda filters of a rule (<c>Filter()</c>).</summary>
public interface IFilterExpression
{
    /// <summary>Re-fires an updated activation only when one of the keys changed since it last fired.</summary>
    /// <param name="keySelectors">Keys computed from the bindings.</param>
    /// <returns>This expression.</returns>
    IFilterExpression OnChange(params Expression<Func<object>>[] keySelectors);

    /// <summary>Puts an activation on the agenda only when all predicates hold.</summary>
    /// <param name="predicates">Predicates over the bindings.</param>
    /// <returns>This expression.</returns>
    IFilterExpression Where(params Expression<Func<bool>>[] predicates);
}
