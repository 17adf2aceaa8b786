namespace Campaign.Rules;

/// <summary>
/// An expression of a rule threw while it was evaluated (the counterpart of NRules'
/// <c>RuleExpressionEvaluationException</c>).
/// </summary>
public abstract class RuleExpressionEvaluationException : RuleExecutionException
{
    private protected RuleExpressionEvaluationException(string message, string expression, Exception innerException)
        : base(message, innerException) => Expression = expression;

    /// <summary>The expression that failed, as text.</summary>
    public string Expression { get; }
}
