using System.Globalization;

namespace Campaign.Domain.Input;

/// <summary>
/// The English and Chinese text of every <see cref="InputErrorCode"/>. Chinese messages use full-width punctuation;
/// property names, enum values, ids and paths stay as written in the input, since that is what the user must find.
/// </summary>
internal static partial class InputErrorMessages
{
    public static string Format(InputErrorCode code, IReadOnlyList<string> a, bool chinese) => (int)code switch
    {
        >= 300 => chinese ? RuleClassChinese(code, a) : RuleClassEnglish(code, a),
        >= 200 => chinese ? OptionsChinese(code, a) : OptionsEnglish(code, a),
        >= 100 => chinese ? CatalogChinese(code, a) : CatalogEnglish(code, a),
        _ => chinese ? DatasetChinese(code, a) : DatasetEnglish(code, a),
    };

    /// <summary>Whether <paramref name="culture"/> (or the current UI culture when null) is Chinese.</summary>
    public static bool IsChinese(CultureInfo? culture) =>
        string.Equals((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName, "zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The drop-down values of a workbook's enumeration cell, appended to its error: labels with their dataset names.</summary>
    public static string Choices(IReadOnlyList<(string Label, string Name)>? choices, bool chinese) => choices is null
        ? string.Empty
        : chinese
        ? "；工作簿中可填：" + string.Join("、", choices.Select(c => c.Label + "（" + c.Name + "）"))
        : "; in the workbook: " + string.Join(", ", choices.Select(c => c.Label + " (" + c.Name + ")"));

    private static string Arg(IReadOnlyList<string> a, int i) => i < a.Count ? a[i] : string.Empty;

    /// <summary>A comma-separated list of names, joined with the Chinese enumeration comma.</summary>
    private static string ZhList(string list) => list.Replace(", ", "、", StringComparison.Ordinal);
}
