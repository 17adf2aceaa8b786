namespace Campaign.Rules;

/// <summary>
/// an action (right-hand side expression) of a rule threw and no handler of the failure event marked it handled (the counterpart of NRules'
/// <c>RuleRhsExpressionEvaluationException</c>).
/// </summary>
public sealed class RuleRhsExpressionEvaluationException : RuleExpressionEvaluationException
{
    internal RuleRhsExpressionEvaluationException(string ruleName, string expression, Exception innerException)
        : base($"Failed to evaluate rule action of rule '{ruleName}': {expression}: {innerException.Message}", expression, innerException) => RuleName = ruleName;

    /// <summary>The rule whose expression failed.</summary>
    public string RuleName { get; }
}
