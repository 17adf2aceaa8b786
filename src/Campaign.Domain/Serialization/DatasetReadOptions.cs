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
    /// <param name="maxDegreeOfParallelism">How many threads may parse a large document (at least 32 MiB) at once: null means
    /// <see cref="Environment.ProcessorCount"/>, 1 reads sequentially. The result and the errors are the same either way.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxErrors"/> or <paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public DatasetReadOptions(FocusCatalog? focusCatalog = null, IProgress<long>? progress = null, int maxErrors = DefaultMaxErrors, int? maxDegreeOfParallelism = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxErrors, 1);
        if (maxDegreeOfParallelism is { } degree)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1, nameof(maxDegreeOfParallelism));
        }

        MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount;
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

    /// <summary>How many threads may parse one large document at once; <see cref="Environment.ProcessorCount"/> by default, 1 for a sequential read.</summary>
    /// <remarks>Only documents of at least 32 MiB read from a seekable stream (a file, as <see cref="CampaignDatasetReader.ReadFile"/>
    /// reads, a memory stream, or any stream through <see cref="CampaignDatasetReader.ReadAsync"/>) are read in parts; the dataset and any errors are exactly those of a
    /// sequential read, which is what an invalid document falls back to.</remarks>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>The size from which a document is read in parts (tests lower it to reach the parallel path with small documents).</summary>
    internal long ParallelThreshold { get; init; } = ParallelDatasetRead.DefaultThreshold;

    /// <summary>For tests: the parts run one after another on the calling thread, the first part first (1) or last (2), instead of side by side (0).</summary>
    internal int PartOrder { get; init; }
}
