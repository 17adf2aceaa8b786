namespace Campaign.Domain.Serialization;

/// <summary>
/// One reason a campaign dataset was refused: where (a JSON path such as <c>$.problems[3].owner.personId</c>,
/// and the line when the reader knows it) and what.
/// </summary>
public sealed partial class DatasetError
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The JSON path of the offending value (<c>$</c> for the document); not null.</param>
    /// <param name="line">The 1-based line of the offending value, when known.</param>
    /// <param name="position">The 1-based byte position within <paramref name="line"/>, when known (malformed JSON only).</param>
    /// <param name="message">What is wrong; not null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public DatasetError(string path, int? line, int? position, string message)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Line = line;
        Position = position;
    }

    /// <summary>Creates an error found in a workbook: its cell as well as the JSON path of the field.</summary>
    /// <param name="path">The JSON path of the offending value; not null.</param>
    /// <param name="line">The 1-based line, when the input is JSON.</param>
    /// <param name="position">The 1-based byte position within <paramref name="line"/>, when known.</param>
    /// <param name="message">What is wrong; not null.</param>
    /// <param name="cell">The workbook cell, e.g. <c>查摆问题!D17</c>; null when the input is JSON or the error concerns no cell.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public DatasetError(string path, int? line, int? position, string message, string? cell)
        : this(path, line, position, message)
    {
        Cell = cell;
    }

    /// <summary>The JSON path of the offending value, e.g. <c>$.problems[3].owner.personId</c>; <c>$</c> for the document.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the offending value (for a missing property: the line where its object starts); null when unknown.</summary>
    public int? Line { get; }

    /// <summary>The 1-based byte position within <see cref="Line"/>; set for malformed JSON, null otherwise.</summary>
    public int? Position { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The workbook cell of the offending value (<c>sheet!A1</c>, e.g. <c>查摆问题!D17</c>; <c>sheet!17:17</c> when the
    /// sheet lacks the column; the sheet's name alone for the sheet as a whole); null for JSON input.</summary>
    public string? Cell { get; }

    /// <summary>The error as one line: <c>cell (path): message</c> for a workbook, <c>path (line N): message</c> for JSON,
    /// or <c>path: message</c> when the line is unknown.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => Cell is { } cell
        ? $"{cell} ({Path}): {Message}"
        : Line is { } line
        ? Position is { } position
            ? $"{Path} (line {line}, position {position}): {Message}"
            : $"{Path} (line {line}): {Message}"
        : $"{Path}: {Message}";
}
