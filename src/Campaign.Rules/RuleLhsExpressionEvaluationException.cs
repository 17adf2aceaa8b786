namespace Campaign.Rules;

/// <summary>A condition threw while facts were matched and the failure was not handled; names the rule and the expression.</summary>
public sealed class RuleLhsExpressionEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleLhsExpressionEvaluationException()
        : this("A rule condition failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleLhsExpressionEvaluationException(string message)
        : base(message)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleLhsExpressionEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Creates the exception for a rule.</summary>
    /// <param name="ruleName">The rule name.</param>
    /// <param name="expression">The failed expression, as text.</param>
    /// <param name="innerException">The cause.</param>
    public RuleLhsExpressionEvaluationException(string ruleName, string expression, Exception innerException)
        : base($"Failed to evaluate condition of rule '{ruleName}': {expression}: {innerException.Message}", innerException)
    {
        RuleName = ruleName;
        Expression = expression;
    }

    /// <summary>The name of the rule.</summary>
    public string RuleName { get; }

    /// <summary>The failed expression, as text.</summary>
    public string Expression { get; }
}
