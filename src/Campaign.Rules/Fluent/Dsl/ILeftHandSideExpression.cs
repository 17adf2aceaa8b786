using System.Linq.Expressions;

namespace Campaign.Rules.Fluent.Dsl;

/// <summary>The conditions of a rule (<c>When()</c>).</summary>
public interface ILeftHandSideExpression
{
    /// <summary>Matches facts of <typeparamref name="TFact"/> (or derived types) bound to an alias.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="alias">The alias, a local captured as <c>() =&gt; fact</c>.</param>
    /// <param name="conditions">Conditions on the fact and earlier bindings.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches facts of <typeparamref name="TFact"/> without an alias.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="conditions">Conditions.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires at least one matching fact (the rule fires once however many match).</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="conditions">Conditions.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that no fact matches.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="conditions">Conditions.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that every fact satisfying <paramref name="baseCondition"/> also satisfies <paramref name="conditions"/>.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="baseCondition">Selects the facts concerned.</param>
    /// <param name="conditions">What they must all satisfy.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Binds the results of a query (aggregation) to an alias.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="alias">The alias.</param>
    /// <param name="queryAction">Builds the query.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> queryAction);

    /// <summary>Binds a value computed from earlier bindings.</summary>
    /// <typeparam name="TResult">The value type.</typeparam>
    /// <param name="alias">The alias.</param>
    /// <param name="expression">The value.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression);

    /// <summary>Filters the partial match on earlier bindings.</summary>
    /// <param name="conditions">Conditions.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions);

    /// <summary>A group of conditions that must all hold.</summary>
    /// <param name="builder">Builds the group.</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression And(Action<ILeftHandSideExpression> builder);

    /// <summary>A group of alternatives; the rule activates once per satisfied branch.</summary>
    /// <param name="builder">Builds the alternatives (each element is one branch; use <see cref="And"/> for a compound one).</param>
    /// <returns>This expression.</returns>
    ILeftHandSideExpression Or(Action<ILeftHandSideExpression> builder);
}
