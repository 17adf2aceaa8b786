namespace Campaign.Rules;

/// <summary>
/// A rule could not be compiled for the indexed runtime (the counterpart of NRules' <c>RuleCompilationException</c>,
/// whose constructors only NRules can call). Only the runtime creates it.
/// </summary>
public sealed class RuleCompilationException : Exception
{
    internal RuleCompilationException(string ruleName, string where, Exception innerException)
        : base($"Failed to compile rule '{ruleName}' at {where}: {innerException.Message}", innerException) => RuleName = ruleName;

    /// <summary>The rule that failed to compile.</summary>
    public string RuleName { get; }
}
