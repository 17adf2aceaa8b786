namespace Campaign.Rules;

/// <summary>
/// a condition (left-hand side expression) of a rule threw and no handler of the failure event marked it handled (the counterpart of NRules'
/// <c>RuleLhsExpressionEvaluationException</c>).
/// </summary>
public sealed class RuleLhsExpressionEvaluationException : RuleExpressionEvaluationException
{
    internal RuleLhsExpressionEvaluationException(string ruleName, string expression, Exception innerException)
        : base($"Failed to evaluate condition of rule '{ruleName}': {expression}: {innerException.Message}", expression, innerException) => RuleName = ruleName;

    /// <summary>The rule whose expression failed.</summary>
    public string RuleName { get; }
}
