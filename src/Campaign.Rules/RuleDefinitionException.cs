namespace Campaign.Rules;

/// <summary>A rule is badly defined (unbound variable, alias misuse, unsupported expression); names the rule and the problem.</summary>
public sealed class RuleDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleDefinitionException()
        : this("The rule definition is invalid.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleDefinitionException(string message)
        : base(message)
    {
        RuleName = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleName = string.Empty;
    }

    /// <summary>Creates the exception for a rule.</summary>
    /// <param name="ruleName">The rule's name (or class name).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public RuleDefinitionException(string ruleName, string problem, Exception? innerException)
        : base($"Rule '{ruleName}' is invalid: {problem}", innerException)
    {
        RuleName = ruleName;
    }

    /// <summary>The name of the rule.</summary>
    public string RuleName { get; }
}
