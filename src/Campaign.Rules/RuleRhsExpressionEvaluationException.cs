namespace Campaign.Rules;

/// <summary>An action threw while a rule was fired and the failure was not handled; names the rule and the expression.</summary>
public sealed class RuleRhsExpressionEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleRhsExpressionEvaluationException()
        : this("A rule action failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleRhsExpressionEvaluationException(string message)
        : base(message)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleRhsExpressionEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Creates the exception for a rule.</summary>
    /// <param name="ruleName">The rule name.</param>
    /// <param name="expression">The failed expression, as text.</param>
    /// <param name="innerException">The cause.</param>
    public RuleRhsExpressionEvaluationException(string ruleName, string expression, Exception innerException)
        : base($"Failed to run action of rule '{ruleName}': {expression}: {innerException.Message}", innerException)
    {
        RuleName = ruleName;
        Expression = expression;
    }

    /// <summary>The name of the rule.</summary>
    public string RuleName { get; }

    /// <summary>The failed expression, as text.</summary>
    public string Expression { get; }
}
