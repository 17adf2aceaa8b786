using Campaign.Domain.Input;

namespace Campaign.Compliance;

/// <summary>
/// Thrown when compliance options are invalid: the JSON options file, a value out of range, or a user rule class.
/// Lists every problem found, never just the first.
/// </summary>
/// <remarks>Each error's <see cref="InputError.Path"/> is the option's path: camelCase as in the options file, <c>$.</c>-rooted
/// when the error comes from the file (<c>$.severityOverrides.MIS-001</c>), bare when the options were set in code
/// (<c>severityOverrides.MIS-001</c>); <c>ruleTypes[i]</c> or <c>ruleAssemblies[i]</c> for a user rule class.
/// <see cref="InputError.GetMessage"/> gives each message in English or Chinese.</remarks>
public sealed class ComplianceOptionsException : Exception
{
    /// <summary>Creates the exception from the list of errors.</summary>
    /// <param name="errors">Every problem found; at least one.</param>
    /// <param name="innerException">The cause, e.g. the JSON syntax error; may be null.</param>
    internal ComplianceOptionsException(IEnumerable<InputError> errors, Exception? innerException = null)
        : this(Freeze(errors), innerException)
    {
    }

    private ComplianceOptionsException(InputError[] errors, Exception? innerException)
        : base(Format(errors), innerException)
    {
        Errors = Array.AsReadOnly(errors);
    }

    /// <summary>Every problem found, in the order found: the file's type errors, then range errors, then user rule classes.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static InputError[] Freeze(IEnumerable<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var copy = errors.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("A compliance options exception needs at least one error.", nameof(errors));
        }

        return copy;
    }

    private static string Format(InputError[] errors) =>
        errors.Length == 1
            ? "Invalid compliance options: " + errors[0]
            : $"Invalid compliance options ({errors.Length} errors):" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
}
