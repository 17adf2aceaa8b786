namespace Campaign.Rules;

/// <summary>A failure while the indexed runtime ran a rule (the counterpart of NRules' <c>RuleExecutionException</c>).</summary>
public class RuleExecutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleExecutionException()
        : this("A rule failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleExecutionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleExecutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
