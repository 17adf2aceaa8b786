using System.Globalization;

namespace Campaign.Domain.Input;

/// <summary>
/// One reason an input was refused: a campaign dataset (JSON or ledger workbook), a focus catalog, or compliance
/// options (the JSON options file or the options object). Says where (<see cref="Source"/>, <see cref="Line"/>,
/// <see cref="Position"/>, <see cref="Path"/>, <see cref="Cell"/>) and what (<see cref="Code"/>, <see cref="Arguments"/>,
/// <see cref="Message"/>, and <see cref="GetMessage"/> in English or Chinese).
/// </summary>
/// <remarks>The code and arguments are stable for programs to match on; every code is listed with its messages in
/// <c>docs/dataset-format.md</c> (dataset and focus catalog) and <c>docs/rules.md</c> (options).</remarks>
public sealed class InputError
{
    private readonly IReadOnlyList<(string Label, string Name)>? _choices;

    /// <summary>Creates an error of a known kind; <see cref="Message"/> is its English text.</summary>
    /// <param name="path">Where in the input: a JSON path (<c>$.problems[3].owner.personId</c>, <c>$</c> for the document)
    /// or an option path (<c>severityOverrides.MIS-001</c>); not null.</param>
    /// <param name="line">The 1-based line of the offending value, when known.</param>
    /// <param name="position">The 1-based byte position within <paramref name="line"/>, when known.</param>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="arguments">The values the message names, as listed on <paramref name="code"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="arguments"/> is null.</exception>
    public InputError(string path, int? line, int? position, InputErrorCode code, params string[] arguments)
        : this(null, path, line, position, null, code, Freeze(arguments), null, null)
    {
    }

    /// <summary>Creates an error from a message text (<see cref="InputErrorCode.Custom"/>): shown as written in every language.</summary>
    /// <param name="path">Where in the input (see <see cref="Path"/>); not null.</param>
    /// <param name="line">The 1-based line of the offending value, when known.</param>
    /// <param name="position">The 1-based byte position within <paramref name="line"/>, when known.</param>
    /// <param name="message">What is wrong; not null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public InputError(string path, int? line, int? position, string message)
        : this(null, path, line, position, null, InputErrorCode.Custom, [], null, message ?? throw new ArgumentNullException(nameof(message)))
    {
    }

    /// <summary>An error found in a workbook, with its cell; <paramref name="choices"/> (Chinese label, dataset name) are
    /// the drop-down values of an enumeration cell, which both languages' messages list after the text of <paramref name="code"/>.</summary>
    internal InputError(string path, string? cell, InputErrorCode code, string[] arguments, IReadOnlyList<(string Label, string Name)>? choices = null)
        : this(null, path, null, null, cell, code, Freeze(arguments), choices, null)
    {
    }

    /// <summary>An error of a known kind whose line is not known.</summary>
    internal InputError(string path, InputErrorCode code, params string[] arguments)
        : this(null, path, null, null, null, code, Freeze(arguments), null, null)
    {
    }

    /// <summary>A custom-message error found in a workbook, with its cell.</summary>
    internal InputError(string path, string message, string? cell)
        : this(null, path, null, null, cell, InputErrorCode.Custom, [], null, message)
    {
    }

    private InputError(string? source, string path, int? line, int? position, string? cell, InputErrorCode code,
        IReadOnlyList<string> arguments, IReadOnlyList<(string Label, string Name)>? choices, string? message)
    {
        Source = source;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Line = line;
        Position = position;
        Cell = cell;
        Code = code;
        Arguments = arguments;
        _choices = choices;
        Message = message ?? InputErrorMessages.Format(code, arguments, chinese: false) + InputErrorMessages.Choices(choices, chinese: false);
    }

    /// <summary>The file the input came from, as the caller named it; null when it was read from a stream or an object.</summary>
    public string? Source { get; }

    /// <summary>Where in the input: a JSON path such as <c>$.problems[3].owner.personId</c> (<c>$</c> for the document),
    /// or for options set in code an option path such as <c>severityOverrides.MIS-001</c> (the options file gives <c>$.</c>
    /// paths); for a conflict between two focus catalogs, the focus id.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the offending value (for a missing property: the line where its object starts); null when unknown.</summary>
    public int? Line { get; }

    /// <summary>The 1-based byte position within <see cref="Line"/>; set for malformed JSON, null otherwise.</summary>
    public int? Position { get; }

    /// <summary>The workbook cell of the offending value (<c>sheet!A1</c>, e.g. <c>查摆问题!D17</c>; <c>sheet!17:17</c> when the
    /// sheet lacks the column; the sheet's name alone for the sheet as a whole); null for any other input.</summary>
    public string? Cell { get; }

    /// <summary>The kind of problem; <see cref="InputErrorCode.Custom"/> for an error made from a message text.</summary>
    public InputErrorCode Code { get; }

    /// <summary>The values the message names (ids, property names, values as written), as listed on <see cref="Code"/>; empty for a custom message.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>What is wrong, in English.</summary>
    public string Message { get; }

    /// <summary>What is wrong, in the language of <paramref name="culture"/>: Chinese (with full-width punctuation) for
    /// any <c>zh</c> culture, English otherwise. A custom message is returned as written.</summary>
    /// <param name="culture">The language; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture)
    {
        if (Code == InputErrorCode.Custom)
        {
            return Message;
        }

        var chinese = InputErrorMessages.IsChinese(culture);
        return chinese
            ? InputErrorMessages.Format(Code, Arguments, chinese: true) + InputErrorMessages.Choices(_choices, chinese: true)
            : Message;
    }

    /// <summary>The error as one line in English: <c>cell (path): message</c> for a workbook, <c>path (line N, position P): message</c>
    /// when the line is known, <c>path: message</c> otherwise; the source first (<c>source: …</c>) when there is one.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>The error as one line in the language of <paramref name="provider"/> (a <see cref="CultureInfo"/>), as
    /// <see cref="ToString()"/> gives it; in Chinese <c>path（第 N 行，第 P 个字节）：message</c> or <c>cell（path）：message</c>.</summary>
    /// <param name="provider">The language; null or not a <see cref="CultureInfo"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The formatted error.</returns>
    public string ToString(IFormatProvider? provider)
    {
        var culture = provider as CultureInfo;
        var chinese = InputErrorMessages.IsChinese(culture);
        var colon = chinese ? "：" : ": ";
        var source = Source is null ? string.Empty : Source + colon;
        return source + Where(chinese) + colon + GetMessage(chinese ? culture : CultureInfo.InvariantCulture);
    }

    /// <summary>The place without the source: <c>cell (path)</c>, <c>path (line N, position P)</c> or <c>path</c>, in Chinese with
    /// full-width brackets.</summary>
    /// <param name="culture">The language; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The place.</returns>
    public string GetLocation(CultureInfo? culture) => Where(InputErrorMessages.IsChinese(culture));

    /// <summary>The same error, found in <paramref name="source"/> (a reader that was given a stream cannot know the file).</summary>
    /// <param name="source">The file, as the user named it; null for none.</param>
    /// <returns>A copy with <see cref="Source"/> set.</returns>
    public InputError WithSource(string? source) =>
        new(source, Path, Line, Position, Cell, Code, Arguments, _choices, Code == InputErrorCode.Custom ? Message : null);

    private string Where(bool chinese)
    {
        if (Cell is { } cell)
        {
            return chinese ? cell + "（" + Path + "）" : cell + " (" + Path + ")";
        }

        return (Line, Position) switch
        {
            ({ } line, { } position) => chinese
                ? string.Create(CultureInfo.InvariantCulture, $"{Path}（第 {line} 行，第 {position} 个字节）")
                : string.Create(CultureInfo.InvariantCulture, $"{Path} (line {line}, position {position})"),
            ({ } line, null) => chinese
                ? string.Create(CultureInfo.InvariantCulture, $"{Path}（第 {line} 行）")
                : string.Create(CultureInfo.InvariantCulture, $"{Path} (line {line})"),
            _ => Path,
        };
    }

    private static IReadOnlyList<string> Freeze(string[] arguments) =>
        Array.AsReadOnly((string[])(arguments ?? throw new ArgumentNullException(nameof(arguments))).Clone());
}
