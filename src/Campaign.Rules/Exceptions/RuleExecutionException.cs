namespace Campaign.Rules;

/// <summary>
/// A failure while the indexed runtime ran a rule (the counterpart of NRules' <c>RuleExecutionException</c>). Only the
/// runtime creates it: catch it, or one of the expression-evaluation exceptions derived from it.
/// </summary>
public abstract class RuleExecutionException : Exception
{
    private protected RuleExecutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
