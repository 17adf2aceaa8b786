namespace Campaign.Rules;

/// <summary>
/// A rule could not be compiled for the indexed runtime (the counterpart of NRules' <c>RuleCompilationException</c>,
/// whose constructors only NRules can call).
/// </summary>
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
        : base(message) => RuleName = string.Empty;

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleCompilationException(string message, Exception innerException)
        : base(message, innerException) => RuleName = string.Empty;

    internal RuleCompilationException(string ruleName, string where, Exception innerException)
        : base($"Failed to compile rule '{ruleName}' at {where}: {innerException.Message}", innerException) => RuleName = ruleName;

    /// <summary>The rule that failed to compile.</summary>
    public string RuleName { get; }
}
