using System.Linq.Expressions;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Fluent.Dsl;

/// <summary>The actions of a rule (<c>Then()</c>).</summary>
public interface IRightHandSideExpression
{
    /// <summary>An action run when the rule fires.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This expression.</returns>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>An action run when the match of a fired activation goes away.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This expression.</returns>
    IRightHandSideExpression Undo(Expression<Action<IContext>> action);

    /// <summary>Yields a linked fact: inserted on first firing, replaced on re-firing, retracted when the match goes.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="yield">Creates the fact.</param>
    /// <returns>This expression.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<TFact>> yield)
        where TFact : notnull;

    /// <summary>Yields a linked fact: inserted on first firing, updated through <paramref name="yieldUpdate"/> on re-firing.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="yieldInsert">Creates the fact.</param>
    /// <param name="yieldUpdate">Updates (or replaces) the fact on re-firing.</param>
    /// <returns>This expression.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<TFact>> yieldInsert, Expression<Func<TFact, TFact>> yieldUpdate)
        where TFact : notnull;
}
