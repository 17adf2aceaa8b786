using System.Globalization;
using Campaign.Domain.Input;

namespace Campaign.Domain.Serialization;

/// <summary>
/// A campaign dataset was refused by <see cref="CampaignDatasetReader"/>: its JSON is malformed or it breaks
/// the rules of <c>campaign-dataset/1</c>. <see cref="Errors"/> lists every problem found; no part of the
/// dataset is returned.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> starts with a summary line (<see cref="GetSummary"/>), then lists every error on its
/// own line as <c>path (line N): message</c>. When more errors were found than the reader keeps
/// (<see cref="DatasetReadOptions.MaxErrors"/>), <see cref="Errors"/> holds the first ones and <see cref="ErrorCount"/>
/// counts them all.
/// </remarks>
public sealed class DatasetValidationException : Exception
{
    /// <summary>Creates the exception for one or more errors.</summary>
    /// <param name="errors">The errors, in document order; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    internal DatasetValidationException(IEnumerable<InputError> errors)
        : this(errors, null)
    {
    }

    /// <summary>Creates the exception for one or more errors and the exception that caused them.</summary>
    /// <param name="errors">The errors, in document order; at least one.</param>
    /// <param name="innerException">The cause, e.g. the JSON syntax error; may be null.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    internal DatasetValidationException(IEnumerable<InputError> errors, Exception? innerException)
        : this(Freeze(errors), null, innerException)
    {
    }

    /// <summary>Creates the exception for the first errors found and the count of all of them.</summary>
    /// <param name="errors">The errors listed, in document order; at least one.</param>
    /// <param name="errorCount">How many errors were found in all; at least the number listed.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="errorCount"/> is less than the number of errors listed.</exception>
    internal DatasetValidationException(IEnumerable<InputError> errors, int errorCount)
        : this(Freeze(errors), errorCount, null)
    {
    }

    private DatasetValidationException(IReadOnlyList<InputError> errors, int? errorCount, Exception? innerException)
        : base(Describe(errors, Count(errors, errorCount)), innerException)
    {
        Errors = errors;
        ErrorCount = Count(errors, errorCount);
    }

    /// <summary>The same exception with <paramref name="source"/> on every error.</summary>
    internal DatasetValidationException WithSource(string source)
    {
        var errors = new InputError[Errors.Count];
        for (var i = 0; i < errors.Length; i++)
        {
            errors[i] = Errors[i].WithSource(source);
        }

        return new DatasetValidationException(Array.AsReadOnly(errors), ErrorCount, InnerException);
    }

    /// <summary>The problems listed, in document order (reference checks, found after the whole document is read, come
    /// last): every one found, or the first <see cref="DatasetReadOptions.MaxErrors"/> when there were more.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>How many problems were found in all; more than <see cref="Errors"/> holds when the reader's limit was reached.</summary>
    public int ErrorCount { get; }

    /// <summary>The summary line in the language of <paramref name="culture"/>, e.g. <c>The campaign dataset is invalid
    /// (5,000 errors; the first 1,000 are listed).</c> or <c>数据集无效：共 5,000 处错误（列出前 1,000 处）。</c></summary>
    /// <param name="culture">The language: Chinese for any <c>zh</c> culture, English otherwise; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The summary, ending with a full stop.</returns>
    public string GetSummary(CultureInfo? culture) => InputErrorMessages.IsChinese(culture)
        ? Summary(Errors.Count, ErrorCount, chinese: true) + "。"
        : Summary(Errors.Count, ErrorCount, chinese: false) + ".";

    private static int Count(IReadOnlyList<InputError> errors, int? errorCount)
    {
        if (errorCount is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, errors.Count, nameof(errorCount));
            return count;
        }

        return errors.Count;
    }

    private static string Summary(int listed, int count, bool chinese)
    {
        var all = count.ToString("N0", CultureInfo.InvariantCulture);
        var first = listed.ToString("N0", CultureInfo.InvariantCulture);
        if (chinese)
        {
            return listed < count ? $"数据集无效：共 {all} 处错误（列出前 {first} 处）" : $"数据集无效：共 {all} 处错误";
        }

        var errors = count == 1 ? "1 error" : all + " errors";
        return listed < count
            ? $"The campaign dataset is invalid ({errors}; the first {first} are listed)"
            : $"The campaign dataset is invalid ({errors})";
    }

    private static IReadOnlyList<InputError> Freeze(IEnumerable<InputError> errors)
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

    private static string Describe(IReadOnlyList<InputError> errors, int count)
    {
        var text = new System.Text.StringBuilder();
        text.Append(Summary(errors.Count, count, chinese: false)).Append(':');
        foreach (var error in errors)
        {
            text.Append('\n').Append(error);
        }

        return text.ToString();
    }
}
