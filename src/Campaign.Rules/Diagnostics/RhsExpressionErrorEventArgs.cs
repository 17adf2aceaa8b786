using System.Linq.Expressions;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Diagnostics;

/// <summary>
/// Data of a failed action (right-hand side). Setting <see cref="IsHandled"/> lets the fire loop go on instead
/// of throwing <see cref="RuleRhsExpressionEvaluationException"/>.
/// </summary>
public sealed class RhsExpressionErrorEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="expression">The failed action.</param>
    /// <param name="exception">The exception thrown.</param>
    /// <param name="facts">The facts of the match.</param>
    public RhsExpressionErrorEventArgs(IRuleDefinition rule, Expression expression, Exception exception, IReadOnlyList<IFact> facts)
    {
        Rule = rule;
        Expression = expression;
        Exception = exception;
        Facts = facts;
    }

    /// <summary>The rule being fired.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>The failed action expression.</summary>
    public Expression Expression { get; }

    /// <summary>The exception thrown by the action.</summary>
    public Exception Exception { get; }

    /// <summary>The facts of the match.</summary>
    public IReadOnlyList<IFact> Facts { get; }

    /// <summary>Set to true to go on firing.</summary>
    public bool IsHandled { get; set; }
}
