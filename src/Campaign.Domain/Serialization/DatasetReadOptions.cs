using Campaign.Domain.Focus;

namespace Campaign.Domain.Serialization;

/// <summary>How <see cref="CampaignDatasetReader"/> reads a dataset: the focus catalog to check against, progress reporting
/// and how many errors to list.</summary>
/// <remarks>Immutable; <see cref="Default"/> uses <see cref="FocusCatalog.Default"/>, no progress and at most 1000 errors.</remarks>
public sealed class DatasetReadOptions
{
    /// <summary>The default for <see cref="MaxErrors"/>: 1000.</summary>
    public const int DefaultMaxErrors = 1000;

    /// <summary>Creates options.</summary>
    /// <param name="focusCatalog">The catalog that <c>focusId</c> and <c>campaign.focusLists</c> codes must be in; null means <see cref="FocusCatalog.Default"/>.</param>
    /// <param name="progress">Receives the total number of bytes read so far, after each buffer fill and at the end; null for none.</param>
    /// <param name="maxErrors">The most errors listed before the reader stops collecting (one more error then says how many were left out); at least 1, <see cref="DefaultMaxErrors"/> by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxErrors"/> is less than 1.</exception>
    public DatasetReadOptions(FocusCatalog? focusCatalog = null, IProgress<long>? progress = null, int maxErrors = DefaultMaxErrors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxErrors, 1);
        FocusCatalog = focusCatalog ?? FocusCatalog.Default;
        Progress = progress;
        MaxErrors = maxErrors;
    }

    /// <summary>The default options: the shipped catalog, no progress, at most 1000 errors.</summary>
    public static DatasetReadOptions Default { get; } = new();

    /// <summary>The catalog that <c>problems[].focusId</c> and <c>campaign.focusLists</c> codes must be in; <see cref="FocusCatalog.Default"/> by default.</summary>
    public FocusCatalog FocusCatalog { get; }

    /// <summary>Receives the total number of bytes read so far; null when nobody listens.</summary>
    public IProgress<long>? Progress { get; }

    /// <summary>The most errors listed in one <see cref="DatasetValidationException"/> (one more tells how many were left out).</summary>
    public int MaxErrors { get; }
}
