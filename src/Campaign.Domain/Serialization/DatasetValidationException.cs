namespace Campaign.Domain.Serialization;

/// <summary>
/// A campaign dataset was refused by <see cref="CampaignDatasetReader"/>: its JSON is malformed or it breaks
/// the rules of <c>campaign-dataset/1</c>. <see cref="Errors"/> lists every problem found; no part of the
/// dataset is returned.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> starts with a summary line, then lists every error on its own line as
/// <c>path (line N): message</c>.
/// </remarks>
public sealed class DatasetValidationException : Exception
{
    /// <summary>Creates the exception for one or more errors.</summary>
    /// <param name="errors">The errors, in document order; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public DatasetValidationException(IEnumerable<DatasetError> errors)
        : this(errors, null)
    {
    }

    /// <summary>Creates the exception for one or more errors and the exception that caused them.</summary>
    /// <param name="errors">The errors, in document order; at least one.</param>
    /// <param name="innerException">The cause, e.g. the JSON syntax error; may be null.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public DatasetValidationException(IEnumerable<DatasetError> errors, Exception? innerException)
        : this(Freeze(errors), innerException)
    {
    }

    private DatasetValidationException(IReadOnlyList<DatasetError> errors, Exception? innerException)
        : base(Describe(errors), innerException)
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in document order (reference checks, found after the whole document is read, come last).</summary>
    public IReadOnlyList<DatasetError> Errors { get; }

    private static IReadOnlyList<DatasetError> Freeze(IEnumerable<DatasetError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var copy = errors.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("A dataset validation exception needs at least one error.", nameof(errors));
        }

        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentNullException(nameof(errors), $"Error {i} is null.");
            }
        }

        return Array.AsReadOnly(copy);
    }

    private static string Describe(IReadOnlyList<DatasetError> errors)
    {
        var text = new System.Text.StringBuilder();
        text.Append("The campaign dataset is invalid (").Append(errors.Count).Append(errors.Count == 1 ? " error):" : " errors):");
        foreach (var error in errors)
        {
            text.Append('\n').Append(error);
        }

        return text.ToString();
    }
}
