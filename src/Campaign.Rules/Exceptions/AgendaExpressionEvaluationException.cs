namespace Campaign.Rules;

/// <summary>
/// an agenda expression (a DSL filter) of a rule threw and no handler of the failure event marked it handled (the counterpart of NRules'
/// <c>AgendaExpressionEvaluationException</c>).
/// </summary>
public sealed class AgendaExpressionEvaluationException : RuleExpressionEvaluationException
{
    internal AgendaExpressionEvaluationException(string ruleName, string expression, Exception innerException)
        : base($"Failed to evaluate agenda filter of rule '{ruleName}': {expression}: {innerException.Message}", expression, innerException) => RuleName = ruleName;

    /// <summary>The rule whose expression failed.</summary>
    public string RuleName { get; }
}
