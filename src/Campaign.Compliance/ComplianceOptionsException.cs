namespace Campaign.Compliance;

/// <summary>
/// Thrown when compliance options are invalid. Lists every problem found, each starting with the path of
/// the option (camelCase, as in the JSON options file), never just the first.
/// </summary>
public sealed class ComplianceOptionsException : Exception
{
    /// <summary>Creates the exception from the list of errors.</summary>
    /// <param name="errors">One line per problem, each with its option path; at least one.</param>
    public ComplianceOptionsException(IEnumerable<string> errors)
        : this(errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    /// <summary>Creates an exception with one error.</summary>
    public ComplianceOptionsException()
        : this(["The compliance options are invalid."])
    {
    }

    /// <summary>Creates an exception with one error.</summary>
    /// <param name="message">The error.</param>
    public ComplianceOptionsException(string message)
        : this([message])
    {
    }

    /// <summary>Creates an exception with one error and its cause.</summary>
    /// <param name="message">The error.</param>
    /// <param name="innerException">The cause.</param>
    public ComplianceOptionsException(string message, Exception innerException)
        : base(Format([message]), innerException)
    {
        Errors = Array.AsReadOnly(new[] { message });
    }

    private ComplianceOptionsException(string[] errors)
        : base(Format(errors))
    {
        Errors = Array.AsReadOnly(errors);
    }

    /// <summary>Every problem found, one a line, each starting with its option path.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Format(string[] errors) =>
        errors.Length == 1
            ? "Invalid compliance options: " + errors[0]
            : $"Invalid compliance options ({errors.Length} errors):" + Environment.NewLine + string.Join(Environment.NewLine, errors);
}
