namespace Campaign.Rules.Tests.Differential;

/// <summary>The two runtimes disagreed; the message names the step, both outcomes and the steps that led there.</summary>
public sealed class DifferentialException : Exception
{
    public DifferentialException(string message)
        : base(message)
    {
    }
}
