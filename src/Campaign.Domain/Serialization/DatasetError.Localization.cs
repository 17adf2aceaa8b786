using System.Globalization;

namespace Campaign.Domain.Serialization;

/// <summary>The code, arguments and language-aware text of a dataset error.</summary>
public sealed partial class DatasetError
{
    /// <summary>Creates an error of a known kind; <see cref="Message"/> is its English text.</summary>
    /// <param name="path">The JSON path of the offending value (<c>$</c> for the document); not null.</param>
    /// <param name="line">The 1-based line of the offending value, when known.</param>
    /// <param name="position">The 1-based byte position within <paramref name="line"/>, when known.</param>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="arguments">The values the message names, as listed on <paramref name="code"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="arguments"/> is null.</exception>
    public DatasetError(string path, int? line, int? position, DatasetErrorCode code, params string[] arguments)
        : this(path, line, position, DatasetErrorMessages.Format(code, arguments ?? throw new ArgumentNullException(nameof(arguments)), chinese: false))
    {
        Code = code;
        Arguments = Array.AsReadOnly((string[])arguments.Clone());
    }

    /// <summary>An error found in a workbook, with its cell; <paramref name="choices"/> (Chinese label, dataset name) are
    /// the drop-down values of an enumeration cell, which both languages' messages list after the text of <paramref name="code"/>.</summary>
    internal DatasetError(string path, string? cell, DatasetErrorCode code, string[] arguments, IReadOnlyList<(string Label, string Name)>? choices = null)
        : this(path, null, null, DatasetErrorMessages.Format(code, arguments, chinese: false) + DatasetErrorMessages.Choices(choices, chinese: false), cell)
    {
        Code = code;
        Arguments = Array.AsReadOnly((string[])arguments.Clone());
        _choices = choices;
    }

    private readonly IReadOnlyList<(string Label, string Name)>? _choices;

    /// <summary>The kind of problem; <see cref="DatasetErrorCode.Custom"/> for an error made from a message text.</summary>
    public DatasetErrorCode Code { get; }

    /// <summary>The values the message names (ids, property names, values as written), as listed on <see cref="Code"/>; empty for a custom message.</summary>
    public IReadOnlyList<string> Arguments { get; } = [];

    /// <summary>What is wrong, in the language of <paramref name="culture"/>: Chinese (with full-width punctuation) for
    /// any <c>zh</c> culture, English otherwise. A custom message is returned as written.</summary>
    /// <param name="culture">The language; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture)
    {
        if (Code == DatasetErrorCode.Custom)
        {
            return Message;
        }

        var chinese = DatasetErrorMessages.IsChinese(culture);
        return DatasetErrorMessages.Format(Code, Arguments, chinese) + DatasetErrorMessages.Choices(_choices, chinese);
    }

    /// <summary>The error as one line in the language of <paramref name="provider"/> (a <see cref="CultureInfo"/>):
    /// <c>path (line N, position P): message</c>, or in Chinese <c>path（第 N 行，第 P 个字节）：message</c>; for a workbook
    /// <c>cell (path): message</c>, in Chinese <c>cell（path）：message</c>.</summary>
    /// <param name="provider">The language; null or not a <see cref="CultureInfo"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The formatted error.</returns>
    public string ToString(IFormatProvider? provider)
    {
        var culture = provider as CultureInfo;
        if (!DatasetErrorMessages.IsChinese(culture))
        {
            return ToString();
        }

        if (Cell is { } cell)
        {
            return cell + "（" + Path + "）：" + GetMessage(culture);
        }

        var where = (Line, Position) switch
        {
            ({ } line, { } position) => string.Create(CultureInfo.InvariantCulture, $"（第 {line} 行，第 {position} 个字节）"),
            ({ } line, null) => string.Create(CultureInfo.InvariantCulture, $"（第 {line} 行）"),
            _ => string.Empty,
        };
        return Path + where + "：" + GetMessage(culture);
    }
}
