using Campaign.Domain.Campaigns;
using Campaign.Domain.Input;

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

    /// <summary>Reads and validates a dataset from a file: a ledger workbook when the name ends in <c>.xlsx</c>
    /// (see <see cref="ReadWorkbook(string, DatasetReadOptions?)"/>), UTF-8 JSON otherwise.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The options; null means <see cref="DatasetReadOptions.Default"/>.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetValidationException">The document is malformed or invalid; every error is listed, its <see cref="InputError.Source"/> set to <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    public static CampaignDataset ReadFile(string path, DatasetReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (IsWorkbookPath(path))
        {
            return ReadWorkbook(path, options);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        try
        {
            return Read(stream, options);
        }
        catch (DatasetValidationException e)
        {
            throw e.WithSource(path);
        }
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

    /// <summary>
    /// Reads and validates a dataset from a ledger workbook (台账, <c>.xlsx</c>; docs/ledger.md) with exactly the rules of the JSON
    /// format: the sheets are turned into the <c>campaign-dataset/1</c> document they stand for and that document is validated
    /// as a JSON file is. Every error names its cell (<see cref="InputError.Cell"/>, e.g. <c>查摆问题!D17</c>) as well as the field.
    /// </summary>
    /// <remarks>The sheets are streamed (no document object model). A blank id is assigned from the sheet and the row
    /// (<c>PR#17</c> for row 17 of 查摆问题). <see cref="DatasetReadOptions.Progress"/> is not reported for a workbook.</remarks>
    /// <param name="workbook">The workbook; read, not disposed (a stream that cannot seek is copied into memory first).</param>
    /// <param name="options">The options; null means <see cref="DatasetReadOptions.Default"/>.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetValidationException">The file is not a ledger workbook, or the dataset it holds is invalid; every error is listed.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is null.</exception>
    public static CampaignDataset ReadWorkbook(Stream workbook, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        options ??= DatasetReadOptions.Default;
        if (!workbook.CanSeek)
        {
            using var copy = new MemoryStream();
            workbook.CopyTo(copy);
            copy.Position = 0;
            return Workbooks.WorkbookDatasetRead.Read(copy, options);
        }

        return Workbooks.WorkbookDatasetRead.Read(workbook, options);
    }

    /// <summary>Reads and validates a dataset from a ledger workbook file; see <see cref="ReadWorkbook(Stream, DatasetReadOptions?)"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The options; null means <see cref="DatasetReadOptions.Default"/>.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetValidationException">The file is not a ledger workbook, or the dataset it holds is invalid; every error is listed, its <see cref="InputError.Source"/> set to <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    public static CampaignDataset ReadWorkbook(string path, DatasetReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        try
        {
            return ReadWorkbook(stream, options);
        }
        catch (DatasetValidationException e)
        {
            throw e.WithSource(path);
        }
    }

    /// <summary>Whether a file name is a workbook's: it ends in <c>.xlsx</c> (any case).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>True for a workbook.</returns>
    public static bool IsWorkbookPath(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads with a given parse buffer size: tests use tiny buffers so that every token crosses a refill.</summary>
    internal static CampaignDataset Read(Stream utf8Json, DatasetReadOptions options, int bufferSize) =>
        ReadCore(utf8Json, options, options.Progress, CancellationToken.None, bufferSize);

    /// <summary>Validates a document built from another input (a workbook): <paramref name="earlier"/> are that input's own
    /// errors, and <paramref name="locate"/> gives each error of the document the input's position.</summary>
    internal static CampaignDataset ReadDocument(Stream utf8Json, DatasetReadOptions options, IReadOnlyList<InputError> earlier, Func<InputError, InputError> locate) =>
        ReadCore(utf8Json, options, null, CancellationToken.None, DatasetParser.DefaultBufferSize, earlier, locate);

    private static CampaignDataset ReadCore(
        Stream stream,
        DatasetReadOptions options,
        IProgress<long>? progress,
        CancellationToken cancellation,
        int bufferSize = DatasetParser.DefaultBufferSize,
        IReadOnlyList<InputError>? earlier = null,
        Func<InputError, InputError>? locate = null)
    {
        using var parser = ParallelDatasetRead.TryParse(stream, options, progress, cancellation, bufferSize) ?? ParseSequentially(stream, options, progress, cancellation, bufferSize);
        if (parser.Errors.HasErrors || earlier is { Count: > 0 })
        {
            if (earlier is null && locate is null)
            {
                throw parser.Errors.ToException();
            }

            var listed = parser.Errors.ToList();
            var errors = new List<InputError>(earlier ?? []);
            foreach (var error in listed)
            {
                errors.Add(locate is null ? error : locate(error));
            }

            // The parser counts the errors it did not list; they count here too.
            throw new DatasetValidationException(errors, errors.Count + parser.Errors.Count - listed.Count);
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
            throw new DatasetValidationException([new InputError("$", null, null, e.Message)], e);
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
