namespace Campaign.Domain.Focus;

/// <summary>
/// A focus catalog could not be loaded or combined: its JSON is malformed, does not follow the
/// <c>focus-catalog/1</c> shape, or contradicts another catalog. <see cref="Errors"/> lists every problem found.
/// </summary>
public sealed class FocusCatalogException : Exception
{
    /// <summary>Creates the exception for one or more errors.</summary>
    /// <param name="errors">The errors; at least one.</param>
    public FocusCatalogException(IEnumerable<FocusCatalogError> errors)
        : this(errors, null)
    {
    }

    /// <summary>Creates the exception for one or more errors with the exception that caused them.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <param name="innerException">The cause, e.g. a JSON syntax error; may be null.</param>
    public FocusCatalogException(IEnumerable<FocusCatalogError> errors, Exception? innerException)
        : this(Freeze(errors), innerException)
    {
    }

    private FocusCatalogException(IReadOnlyList<FocusCatalogError> errors, Exception? innerException)
        : base(Describe(errors), innerException)
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<FocusCatalogError> Errors { get; }

    private static IReadOnlyList<FocusCatalogError> Freeze(IEnumerable<FocusCatalogError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var copy = errors.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("A focus catalog exception needs at least one error.", nameof(errors));
        }

        return Array.AsReadOnly(copy);
    }

    private static string Describe(IReadOnlyList<FocusCatalogError> errors) =>
        $"The focus catalog is invalid ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}):"
        + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
}
