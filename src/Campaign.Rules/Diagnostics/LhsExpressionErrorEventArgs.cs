using System.Linq.Expressions;

namespace Campaign.Rules.Diagnostics;

/// <summary>
/// Data of a failed condition (left-hand side) evaluation. Setting <see cref="IsHandled"/> makes the failed
/// condition count as not matched instead of throwing <see cref="RuleLhsExpressionEvaluationException"/>.
/// </summary>
public sealed class LhsExpressionErrorEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="ruleName">The rule(s) the expression belongs to.</param>
    /// <param name="expression">The failed expression.</param>
    /// <param name="exception">The exception thrown.</param>
    /// <param name="arguments">The facts the expression was evaluated with.</param>
    public LhsExpressionErrorEventArgs(string ruleName, Expression expression, Exception exception, IReadOnlyList<object?> arguments)
    {
        RuleName = ruleName;
        Expression = expression;
        Exception = exception;
        Arguments = arguments;
    }

    /// <summary>The name of the rule (or rules, comma separated, for a shared condition).</summary>
    public string RuleName { get; }

    /// <summary>The failed expression.</summary>
    public Expression Expression { get; }

    /// <summary>The exception thrown by the expression.</summary>
    public Exception Exception { get; }

    /// <summary>The facts the expression was evaluated with.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Set to true to treat the failure as "no match" and go on.</summary>
    public bool IsHandled { get; set; }
}
