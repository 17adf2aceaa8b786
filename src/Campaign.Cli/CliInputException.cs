namespace Campaign.Cli;

/// <summary>
/// Bad input or usage that the tool reports as exit code 2: each error goes to standard error on its own
/// line, and nothing goes to the report output.
/// </summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : this(message, [])
    {
    }

    public CliInputException(string headline, IReadOnlyList<string> errors, Exception? innerException = null)
        : base(headline, innerException)
    {
        Errors = errors;
    }

    public CliInputException()
        : this("invalid input")
    {
    }

    public CliInputException(string message, Exception innerException)
        : this(message, [], innerException)
    {
    }

    /// <summary>The individual errors, one a line after the headline; may be empty.</summary>
    public IReadOnlyList<string> Errors { get; }
}
