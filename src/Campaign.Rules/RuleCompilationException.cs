namespace Campaign.Rules;

/// <summary>A rule could not be compiled into the network; names the rule and the expression.</summary>
public sealed class RuleCompilationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleCompilationException()
        : this("The rule could not be compiled.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleCompilationException(string message)
        : base(message)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleCompilationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Creates the exception for a rule.</summary>
    /// <param name="ruleName">The rule name.</param>
    /// <param name="expression">The expression being compiled.</param>
    /// <param name="innerException">The cause.</param>
    public RuleCompilationException(string ruleName, string expression, Exception innerException)
        : base($"Failed to compile rule '{ruleName}' at expression {expression}: {innerException.Message}", innerException)
    {
        RuleName = ruleName;
        Expression = expression;
    }

    /// <summary>The name of the rule.</summary>
    public string RuleName { get; }

    /// <summary>The expression that failed, as text.</summary>
    public string Expression { get; }
}
