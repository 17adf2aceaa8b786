using Campaign.Domain.Campaigns;

namespace Campaign.Domain.Serialization;

/// <summary>
/// Reads a campaign dataset in the <c>campaign-dataset/1</c> JSON format (see <c>docs/dataset-format.md</c>), validating it
/// completely before any entity is built.
/// </summary>
/// <remarks>
/// <para>The document is walked token by token over a pooled buffer (no DOM) and the entities are built as their items
/// are read, so memory is about the dataset itself plus a 1 MiB buffer. Every error is collected (up to <see cref="DatasetReadOptions.MaxErrors"/>) with its JSON path
/// and line; a malformed document is reported by its first syntax error alone, with line and position.</para>
/// <para>A failed read throws <see cref="DatasetValidationException"/> and nothing else escapes: no partial dataset, no
/// <see cref="System.Text.Json.JsonException"/>. I/O errors of the stream and cancellation propagate unchanged.</para>
/// </remarks>
/// <example>
/// <code>
/// try
/// {
///     var dataset = CampaignDatasetReader.ReadFile("district.json");
/// }
/// catch (DatasetValidationException e)
/// {
///     foreach (var error in e.Errors) Console.Error.WriteLine(error); // $.problems[3].owner.personId (line 40): ...
/// }
/// </code>
/// </example>
public static class CampaignDatasetReader
{
    /// <summary>Reads and validates a dataset from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON (a UTF-8 byte order mark is allowed); read to its end, not disposed.</param>
    /// <param name="options">The options; null means <see cref="DatasetReadOptions.Default"/>.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetValidationException">The document is malformed or invalid; every error is listed.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static CampaignDataset Read(Stream utf8Json, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DatasetReadOptions.Default;
        return ReadCore(utf8Json, options, options.Progress, CancellationToken.None);
    }

    /// <summary>Reads and validates a dataset from a UTF-8 JSON file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The options; null means <see cref="DatasetReadOptions.Default"/>.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetValidationException">The document is malformed or invalid; every error is listed.</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    public static CampaignDataset ReadFile(string path, DatasetReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, options);
    }

    /// <summary>
    /// Reads and validates a dataset from UTF-8 JSON, reading the stream asynchronously. The raw bytes are first read
    /// into pooled chunks (the document once, never a DOM), then parsed; progress is reported while the bytes arrive.
    /// </summary>
    /// <param name="utf8Json">The JSON; read to its end, not disposed.</param>
    /// <param name="options">The options; null means <see cref="DatasetReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetValidationException">The document is malformed or invalid; every error is listed.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<CampaignDataset> ReadAsync(Stream utf8Json, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DatasetReadOptions.Default;
        using var buffered = await PooledChunkStream.LoadAsync(utf8Json, options.Progress, cancellationToken).ConfigureAwait(false);
        return ReadCore(buffered, options, null, cancellationToken);
    }

    /// <summary>Reads with a given parse buffer size: tests use tiny buffers so that every token crosses a refill.</summary>
    internal static CampaignDataset Read(Stream utf8Json, DatasetReadOptions options, int bufferSize) =>
        ReadCore(utf8Json, options, options.Progress, CancellationToken.None, bufferSize);

    private static CampaignDataset ReadCore(
        Stream stream, DatasetReadOptions options, IProgress<long>? progress, CancellationToken cancellation, int bufferSize = DatasetParser.DefaultBufferSize)
    {
        using var parser = ParallelDatasetRead.TryParse(stream, options, progress, cancellation, bufferSize) ?? ParseSequentially(stream, options, progress, cancellation, bufferSize);
        if (parser.Errors.HasErrors)
        {
            throw parser.Errors.ToException();
        }

        try
        {
            if (parser.BuildFailure is { } failure)
            {
                throw failure;
            }

            return DatasetBuilder.Build(parser);
        }
        catch (ArgumentException e)
        {
            // The parser checks every invariant the constructors guard; this only turns a missed one into the typed error.
            throw new DatasetValidationException([new DatasetError("$", null, null, e.Message)], e);
        }
    }

    private static DatasetParser ParseSequentially(Stream stream, DatasetReadOptions options, IProgress<long>? progress, CancellationToken cancellation, int bufferSize)
    {
        var parser = new DatasetParser(stream, options, progress, cancellation, bufferSize);
        try
        {
            parser.Parse();
            return parser;
        }
        catch
        {
            parser.Dispose();
            throw;
        }
    }
}
