namespace Campaign.Domain.Input;

/// <summary>The messages of the focus catalog codes (101–115).</summary>
internal static partial class InputErrorMessages
{
    private static string CatalogChinese(InputErrorCode code, IReadOnlyList<string> a) => code switch
    {
        InputErrorCode.CatalogMalformedJson => a.Count >= 2 ? $"JSON 格式有误（第 {a[0]} 行，第 {a[1]} 个字节）。" : "JSON 格式有误。",
        InputErrorCode.CatalogExpectedObject => "应为对象。",
        InputErrorCode.CatalogMissingFormat => $"缺少必填属性，应为“{Arg(a, 0)}”。",
        InputErrorCode.CatalogWrongFormat => $"应为“{Arg(a, 0)}”，实际为 {Arg(a, 1)}。",
        InputErrorCode.CatalogMissingProperty => "缺少必填属性。",
        InputErrorCode.CatalogExpectedArray => "应为数组。",
        InputErrorCode.CatalogDuplicateListCode => $"清单代码“{Arg(a, 0)}”出现了两次。",
        InputErrorCode.CatalogDuplicateId => $"编号“{Arg(a, 0)}”出现了两次。",
        InputErrorCode.CatalogExpectedUnitKinds => "应为非空的单位类型数组，或用 [\"*\"] 表示所有类型。",
        InputErrorCode.CatalogUnknownUnitKind => $"未知的单位类型 {Arg(a, 0)}；应为下列之一：{ZhList(Arg(a, 1))}，或“*”。",
        InputErrorCode.CatalogEveryKindAlone => "“*”（所有类型）必须单独使用。",
        InputErrorCode.CatalogEveryKindIdMismatch => $"编号“{Arg(a, 0)}”表示适用于所有类型（ALL），但 unitKinds 不是 [\"*\"]。",
        InputErrorCode.CatalogExpectedString => $"应为非空字符串，实际为 {Arg(a, 0)}。",
        InputErrorCode.CatalogUnknownProperty => $"未知属性；应为 {ZhList(Arg(a, 0))} 之一。",
        InputErrorCode.CatalogConflictingProblem => $"重点问题“{Arg(a, 0)}”已在目录中，但内容不同。",
        _ => Arg(a, 0),
    };

    private static string CatalogEnglish(InputErrorCode code, IReadOnlyList<string> a) => code switch
    {
        InputErrorCode.CatalogMalformedJson => a.Count >= 2 ? $"Malformed JSON (line {a[0]}, byte {a[1]})." : "Malformed JSON.",
        InputErrorCode.CatalogExpectedObject => "Expected an object.",
        InputErrorCode.CatalogMissingFormat => $"Missing required property; expected \"{Arg(a, 0)}\".",
        InputErrorCode.CatalogWrongFormat => $"Expected \"{Arg(a, 0)}\", found {Arg(a, 1)}.",
        InputErrorCode.CatalogMissingProperty => "Missing required property.",
        InputErrorCode.CatalogExpectedArray => "Expected an array.",
        InputErrorCode.CatalogDuplicateListCode => $"The list code '{Arg(a, 0)}' appears twice.",
        InputErrorCode.CatalogDuplicateId => $"The id '{Arg(a, 0)}' appears twice.",
        InputErrorCode.CatalogExpectedUnitKinds => "Expected a non-empty array of unit kinds, or [\"*\"] for every kind.",
        InputErrorCode.CatalogUnknownUnitKind => $"Unknown unit kind {Arg(a, 0)}; expected one of {Arg(a, 1)}, or \"*\".",
        InputErrorCode.CatalogEveryKindAlone => "\"*\" (every kind) must stand alone.",
        InputErrorCode.CatalogEveryKindIdMismatch => $"The id '{Arg(a, 0)}' names every kind (ALL) but unitKinds is not [\"*\"].",
        InputErrorCode.CatalogExpectedString => $"Expected a non-empty string, found {Arg(a, 0)}.",
        InputErrorCode.CatalogUnknownProperty => $"Unknown property; expected {Arg(a, 0)}.",
        InputErrorCode.CatalogConflictingProblem => $"The focus problem '{Arg(a, 0)}' is already in the catalog with different content.",
        _ => Arg(a, 0),
    };
}
