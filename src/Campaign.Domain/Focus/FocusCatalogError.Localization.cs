using System.Globalization;

namespace Campaign.Domain.Focus;

/// <summary>The code, arguments and language-aware text of a focus catalog error.</summary>
public sealed partial class FocusCatalogError
{
    /// <summary>Creates an error of a known kind; <see cref="Message"/> is its English text.</summary>
    /// <param name="path">The JSON path of the offending value (or the focus id, for a conflict between catalogs).</param>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="arguments">The values the message names, as listed on <paramref name="code"/>.</param>
    public FocusCatalogError(string path, FocusCatalogErrorCode code, params string[] arguments)
        : this(path, Format(code, arguments ?? throw new ArgumentNullException(nameof(arguments)), chinese: false))
    {
        Code = code;
        Arguments = Array.AsReadOnly((string[])arguments.Clone());
    }

    /// <summary>The kind of problem; <see cref="FocusCatalogErrorCode.Custom"/> for an error made from a message text.</summary>
    public FocusCatalogErrorCode Code { get; }

    /// <summary>The values the message names; empty for a custom message.</summary>
    public IReadOnlyList<string> Arguments { get; } = [];

    /// <summary>What is wrong, in Chinese (full-width punctuation) for any <c>zh</c> culture, else in English.</summary>
    /// <param name="culture">The language; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture) =>
        Code == FocusCatalogErrorCode.Custom ? Message
            : Format(Code, Arguments, string.Equals((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName, "zh", StringComparison.OrdinalIgnoreCase));

    /// <summary>The error as one line, <c>path: message</c> (Chinese: <c>path：message</c>), in the language of <paramref name="provider"/>.</summary>
    /// <param name="provider">A <see cref="CultureInfo"/>; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The formatted error.</returns>
    public string ToString(IFormatProvider? provider)
    {
        var culture = provider as CultureInfo;
        var chinese = string.Equals((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName, "zh", StringComparison.OrdinalIgnoreCase);
        return chinese ? Path + "：" + GetMessage(culture) : ToString();
    }

    private static string Arg(IReadOnlyList<string> a, int i) => i < a.Count ? a[i] : string.Empty;

    private static string Format(FocusCatalogErrorCode code, IReadOnlyList<string> a, bool chinese) => chinese
        ? code switch
        {
            FocusCatalogErrorCode.MalformedJson => a.Count >= 2 ? $"JSON 格式有误（第 {a[0]} 行，第 {a[1]} 个字节）。" : "JSON 格式有误。",
            FocusCatalogErrorCode.ExpectedObject => "应为对象。",
            FocusCatalogErrorCode.MissingFormat => $"缺少必填属性，应为“{Arg(a, 0)}”。",
            FocusCatalogErrorCode.WrongFormat => $"应为“{Arg(a, 0)}”，实际为 {Arg(a, 1)}。",
            FocusCatalogErrorCode.MissingProperty => "缺少必填属性。",
            FocusCatalogErrorCode.ExpectedArray => "应为数组。",
            FocusCatalogErrorCode.DuplicateListCode => $"清单代码“{Arg(a, 0)}”出现了两次。",
            FocusCatalogErrorCode.DuplicateId => $"编号“{Arg(a, 0)}”出现了两次。",
            FocusCatalogErrorCode.ExpectedUnitKinds => "应为非空的单位类型数组，或用 [\"*\"] 表示所有类型。",
            FocusCatalogErrorCode.UnknownUnitKind => $"未知的单位类型 {Arg(a, 0)}；应为下列之一：{Arg(a, 1).Replace(", ", "、", StringComparison.Ordinal)}，或“*”。",
            FocusCatalogErrorCode.EveryKindAlone => "“*”（所有类型）必须单独使用。",
            FocusCatalogErrorCode.EveryKindIdMismatch => $"编号“{Arg(a, 0)}”表示适用于所有类型（ALL），但 unitKinds 不是 [\"*\"]。",
            FocusCatalogErrorCode.ExpectedString => $"应为非空字符串，实际为 {Arg(a, 0)}。",
            FocusCatalogErrorCode.UnknownProperty => $"未知属性；应为 {Arg(a, 0).Replace(", ", "、", StringComparison.Ordinal)} 之一。",
            FocusCatalogErrorCode.ConflictingProblem => $"重点问题“{Arg(a, 0)}”已在目录中，但内容不同。",
            _ => Arg(a, 0),
        }
        : code switch
        {
            FocusCatalogErrorCode.MalformedJson => a.Count >= 2 ? $"Malformed JSON (line {a[0]}, byte {a[1]})." : "Malformed JSON.",
            FocusCatalogErrorCode.ExpectedObject => "Expected an object.",
            FocusCatalogErrorCode.MissingFormat => $"Missing required property; expected \"{Arg(a, 0)}\".",
            FocusCatalogErrorCode.WrongFormat => $"Expected \"{Arg(a, 0)}\", found {Arg(a, 1)}.",
            FocusCatalogErrorCode.MissingProperty => "Missing required property.",
            FocusCatalogErrorCode.ExpectedArray => "Expected an array.",
            FocusCatalogErrorCode.DuplicateListCode => $"The list code '{Arg(a, 0)}' appears twice.",
            FocusCatalogErrorCode.DuplicateId => $"The id '{Arg(a, 0)}' appears twice.",
            FocusCatalogErrorCode.ExpectedUnitKinds => "Expected a non-empty array of unit kinds, or [\"*\"] for every kind.",
            FocusCatalogErrorCode.UnknownUnitKind => $"Unknown unit kind {Arg(a, 0)}; expected one of {Arg(a, 1)}, or \"*\".",
            FocusCatalogErrorCode.EveryKindAlone => "\"*\" (every kind) must stand alone.",
            FocusCatalogErrorCode.EveryKindIdMismatch => $"The id '{Arg(a, 0)}' names every kind (ALL) but unitKinds is not [\"*\"].",
            FocusCatalogErrorCode.ExpectedString => $"Expected a non-empty string, found {Arg(a, 0)}.",
            FocusCatalogErrorCode.UnknownProperty => $"Unknown property; expected {Arg(a, 0)}.",
            FocusCatalogErrorCode.ConflictingProblem => $"The focus problem '{Arg(a, 0)}' is already in the catalog with different content.",
            _ => Arg(a, 0),
        };
}
