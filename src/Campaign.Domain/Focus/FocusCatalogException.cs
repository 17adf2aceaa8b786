using Campaign.Domain.Input;

namespace Campaign.Domain.Focus;

/// <summary>
/// A focus catalog could not be loaded or combined: its JSON is malformed, does not follow the
/// <c>focus-catalog/1</c> shape, or contradicts another catalog. <see cref="Errors"/> lists every problem found.
/// </summary>
public sealed class FocusCatalogException : Exception
{
    /// <summary>Creates the exception for one or more errors.</summary>
    /// <param name="errors">The errors; at least one.</param>
    internal FocusCatalogException(IEnumerable<InputError> errors)
        : this(errors, null)
    {
    }

    /// <summary>Creates the exception for one or more errors with the exception that caused them.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <param name="innerException">The cause, e.g. a JSON syntax error; may be null.</param>
    internal FocusCatalogException(IEnumerable<InputError> errors, Exception? innerException)
        : this(Freeze(errors), innerException)
    {
    }

    private FocusCatalogException(IReadOnlyList<InputError> errors, Exception? innerException)
        : base(Describe(errors), innerException)
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in document order; each with its JSON path (for a conflict between two catalogs, the focus id),
    /// a code of the <c>Catalog…</c> group of <see cref="InputErrorCode"/> and its message in English or Chinese.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static IReadOnlyList<InputError> Freeze(IEnumerable<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var copy = errors.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("A focus catalog exception needs at least one error.", nameof(errors));
        }

        return Array.AsReadOnly(copy);
    }

    private static string Describe(IReadOnlyList<InputError> errors) =>
        $"The focus catalog is invalid ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}):"
        + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
}
