using System.Globalization;

namespace Campaign.Domain.Serialization;

/// <summary>
/// The English and Chinese text of every <see cref="DatasetErrorCode"/>. Chinese messages use full-width punctuation;
/// property names, enum values, ids and paths stay as written in the file, since that is what the user must find.
/// </summary>
internal static class DatasetErrorMessages
{
    public static string Format(DatasetErrorCode code, IReadOnlyList<string> a, bool chinese) => chinese ? Chinese(code, a) : English(code, a);

    /// <summary>Whether <paramref name="culture"/> (or the current UI culture when null) is Chinese.</summary>
    public static bool IsChinese(CultureInfo? culture) =>
        string.Equals((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName, "zh", StringComparison.OrdinalIgnoreCase);

    private static string Arg(IReadOnlyList<string> a, int i) => i < a.Count ? a[i] : string.Empty;

    /// <summary>A comma-separated list of names, joined with the Chinese enumeration comma.</summary>
    private static string ZhList(string list) => list.Replace(", ", "、", StringComparison.Ordinal);

    private static string English(DatasetErrorCode code, IReadOnlyList<string> a) => code switch
    {
        DatasetErrorCode.EmptyDocument => "the file is empty: a dataset is a JSON object that starts with '{'",
        DatasetErrorCode.Truncated => "the file ends before the JSON is complete (an object, array or text is not closed): it may have been cut off while saving or copying",
        DatasetErrorCode.TrailingComma => $"a comma before '{Arg(a, 0)}' is not allowed (trailing comma): remove the comma after the last item",
        DatasetErrorCode.Comment => "comments ('//' or '/*') are not allowed in JSON: remove them",
        DatasetErrorCode.StrayByteOrderMark => "a stray byte order mark (U+FEFF) inside the document: remove it (the file may have been joined from two files)",
        DatasetErrorCode.TrailingContent => $"more text after the end of the document, starting with '{Arg(a, 0)}': a dataset is one JSON object",
        DatasetErrorCode.ExpectedPropertyName => $"expected a property name in double quotes, found '{Arg(a, 0)}'",
        DatasetErrorCode.ExpectedColon => $"expected ':' after the property name, found '{Arg(a, 0)}'",
        DatasetErrorCode.ExpectedValue => $"expected a value (text in double quotes, a number, true, false, null, an object or an array), found '{Arg(a, 0)}'",
        DatasetErrorCode.SingleQuotes => "text must be in double quotes (\"), not single quotes (')",
        DatasetErrorCode.ExpectedCommaOrEnd => $"expected ',' or a closing '}}' or ']', found '{Arg(a, 0)}': a comma is probably missing",
        DatasetErrorCode.InvalidString => "a text contains an unescaped control character (a tab or a line break) or an invalid '\\' escape: write them as \\t, \\n, \\\\ or \\\"",
        DatasetErrorCode.InvalidNumber => $"'{Arg(a, 0)}' is not a valid JSON number",
        DatasetErrorCode.InvalidLiteral => $"'{Arg(a, 0)}' is not a valid value: text must be in double quotes, and the only bare words are true, false and null",
        DatasetErrorCode.MalformedJson => "the JSON is malformed here",
        DatasetErrorCode.WideEncoding => $"the file is saved as {Arg(a, 0)}, not UTF-8: save it as UTF-8",
        DatasetErrorCode.NotUtf8 => Arg(a, 1) switch
        {
            "GBK" => $"the bytes {Arg(a, 0)} are not UTF-8; the file looks saved as GBK (GB2312/GB18030, the usual encoding of Chinese Windows): save it as UTF-8",
            "Latin-1" => $"the bytes {Arg(a, 0)} are not UTF-8; the file looks saved as Latin-1 (Windows-1252): save it as UTF-8",
            _ => $"the bytes {Arg(a, 0)} are not UTF-8: save the file as UTF-8",
        },
        DatasetErrorCode.ValueTooLarge => $"a single value is more than {Arg(a, 0)} bytes long, far beyond the longest text allowed ({Arg(a, 1)} characters)",
        DatasetErrorCode.WrongType => $"expected {EnglishExpected(Arg(a, 0), Arg(a, 2))}, found {EnglishFound(Arg(a, 1))}",
        DatasetErrorCode.DuplicateProperty => $"the property '{Arg(a, 0)}' appears more than once in this object",
        DatasetErrorCode.MissingProperty => $"the required property '{Arg(a, 0)}' is missing",
        DatasetErrorCode.UnknownProperty => $"unknown property '{Arg(a, 0)}'; allowed here: {Arg(a, 1)}",
        DatasetErrorCode.UnsupportedFormat => $"the format '{Arg(a, 0)}' is not supported; expected '{Arg(a, 1)}'",
        DatasetErrorCode.EmptyCampaignName => "the campaign name must not be empty",
        DatasetErrorCode.EmptyId => "an id must be a non-empty string",
        DatasetErrorCode.TooLong => $"'{Arg(a, 0)}' is too long: at most {Arg(a, 1)} characters are allowed",
        DatasetErrorCode.NotADate => $"'{Arg(a, 0)}' is not a date of the form yyyy-MM-dd",
        DatasetErrorCode.NotACalendarDate => $"'{Arg(a, 0)}' is not a calendar date",
        DatasetErrorCode.NotAllowedValue => $"'{Arg(a, 0)}' is not allowed; expected one of: {Arg(a, 1)}",
        DatasetErrorCode.NumberOutOfRange => $"the number {Arg(a, 0)} is out of range",
        DatasetErrorCode.NotAnInteger => $"expected a whole number within 32 bits, found {Arg(a, 0)}",
        DatasetErrorCode.PeriodEndBeforeStart => $"the end {Arg(a, 0)} is before the start {Arg(a, 1)}",
        DatasetErrorCode.DuplicateId => $"the id '{Arg(a, 0)}' is already used by {Arg(a, 1)}",
        DatasetErrorCode.UnknownFocusList => $"the focus list '{Arg(a, 0)}' is not in the focus catalog; known lists: {Arg(a, 1)}",
        DatasetErrorCode.UnknownFocusId => $"the focus id '{Arg(a, 0)}' is not in the focus catalog",
        DatasetErrorCode.FourWindsNotAllowed => $"four winds are allowed only on a problem of category 'fourWinds', not '{Arg(a, 0)}'",
        DatasetErrorCode.OwnerPersonRequired => "the property 'personId' is required for an individual owner",
        DatasetErrorCode.TeamOwnerWithPerson => "a team owner has no person id; use level 'individual' for one person",
        DatasetErrorCode.NoProblemIds => "a rectification must list at least one problem id",
        DatasetErrorCode.CompletedOnRequired => $"'completedOn' is required when the status is '{Arg(a, 0)}'",
        DatasetErrorCode.CompletedOnNotAllowed => $"'completedOn' is not allowed when the status is '{Arg(a, 0)}'; only a completed or closed-off item has one",
        DatasetErrorCode.SatisfiedRateOutOfRange => $"the satisfied rate {Arg(a, 0)} is outside 0..1",
        DatasetErrorCode.SatisfiedRateRequired => "'satisfiedRate' is required when the evaluation is by the masses",
        DatasetErrorCode.NegativeRespondents => $"the number of respondents {Arg(a, 0)} is negative",
        DatasetErrorCode.DanglingReference => $"no {Arg(a, 0)} has the id '{Arg(a, 1)}'",
        DatasetErrorCode.OwnerInOtherUnit => $"the individual owner '{Arg(a, 0)}' belongs to unit '{Arg(a, 1)}', not to the problem's unit '{Arg(a, 2)}'",
        DatasetErrorCode.ParentLoop => $"the parent chain loops: {Arg(a, 0)}",
        DatasetErrorCode.NotAWorkbook => Arg(a, 0).Length == 0 ? "the file is not an Excel workbook (.xlsx)" : $"the file is not an Excel workbook (.xlsx): {Arg(a, 0)}",
        DatasetErrorCode.DamagedWorkbook => $"the workbook is damaged: {Arg(a, 0)}",
        DatasetErrorCode.MissingSheet => $"the workbook has no sheet named '{Arg(a, 0)}'; a ledger workbook has the sheets {Arg(a, 1)} (campaign template writes one)",
        DatasetErrorCode.MissingHeaderRow => $"the sheet '{Arg(a, 0)}' has no header row; row 1 must hold the column headers {Arg(a, 1)}",
        DatasetErrorCode.UnknownColumn => $"unknown column '{Arg(a, 0)}'; the columns of '{Arg(a, 1)}' are {Arg(a, 2)}",
        DatasetErrorCode.DuplicateColumn => $"the column '{Arg(a, 0)}' appears twice (first in column {Arg(a, 1)})",
        DatasetErrorCode.MissingColumn => $"the required column '{Arg(a, 0)}' ({Arg(a, 1)}) is missing from the header",
        DatasetErrorCode.CampaignItemWithoutName => "a value without an item name in column A",
        DatasetErrorCode.UnknownCampaignItem => $"unknown item '{Arg(a, 0)}'; the items are {Arg(a, 1)}",
        DatasetErrorCode.DuplicateCampaignItem => $"the item '{Arg(a, 0)}' appears more than once (first on row {Arg(a, 1)})",
        DatasetErrorCode.ExcelErrorValue => $"the cell holds the Excel error {Arg(a, 0)}",
        DatasetErrorCode.EvidenceWithoutRectificationId => $"the rectification id is missing: evidence belongs to the rectification with this id on the sheet '{Arg(a, 0)}'",
        DatasetErrorCode.EvidenceOfUnknownRectification => $"no rectification on the sheet '{Arg(a, 0)}' has the id '{Arg(a, 1)}'",
        _ => Arg(a, 0),
    };

    private static string Chinese(DatasetErrorCode code, IReadOnlyList<string> a) => code switch
    {
        DatasetErrorCode.EmptyDocument => "文件为空：数据集应是以“{”开头的 JSON 对象",
        DatasetErrorCode.Truncated => "文件在 JSON 完整之前就结束了（有对象、数组或文本未闭合）：文件可能在保存或复制时被截断",
        DatasetErrorCode.TrailingComma => $"“{Arg(a, 0)}”之前不能有逗号（多余的结尾逗号）：请删除最后一项后面的逗号",
        DatasetErrorCode.Comment => "JSON 中不允许注释（“//”或“/*”）：请删除",
        DatasetErrorCode.StrayByteOrderMark => "文档中间有多余的字节顺序标记（U+FEFF）：请删除（文件可能由两个文件拼接而成）",
        DatasetErrorCode.TrailingContent => $"文档结束后还有内容（以“{Arg(a, 0)}”开头）：数据集只能是一个 JSON 对象",
        DatasetErrorCode.ExpectedPropertyName => $"此处应为双引号括起的属性名，实际为“{Arg(a, 0)}”",
        DatasetErrorCode.ExpectedColon => $"属性名之后应为冒号“:”，实际为“{Arg(a, 0)}”",
        DatasetErrorCode.ExpectedValue => $"此处应为一个值（双引号括起的文本、数字、true、false、null、对象或数组），实际为“{Arg(a, 0)}”",
        DatasetErrorCode.SingleQuotes => "文本必须用英文双引号（\"）括起，不能用单引号（'）",
        DatasetErrorCode.ExpectedCommaOrEnd => $"此处应为逗号“,”或结束括号“}}”“]”，实际为“{Arg(a, 0)}”：可能缺少逗号",
        DatasetErrorCode.InvalidString => "文本中含有未转义的控制字符（制表符或换行）或无效的“\\”转义：请写成 \\t、\\n、\\\\ 或 \\\"",
        DatasetErrorCode.InvalidNumber => $"“{Arg(a, 0)}”不是有效的 JSON 数字",
        DatasetErrorCode.InvalidLiteral => $"“{Arg(a, 0)}”不是有效的值：文本必须用双引号括起，不加引号的只能是 true、false 和 null",
        DatasetErrorCode.MalformedJson => "此处的 JSON 格式有误",
        DatasetErrorCode.WideEncoding => $"文件是以 {Arg(a, 0)} 编码保存的，不是 UTF-8：请另存为 UTF-8 编码",
        DatasetErrorCode.NotUtf8 => Arg(a, 1) switch
        {
            "GBK" => $"字节 {Arg(a, 0)} 不是有效的 UTF-8；文件似乎是以 GBK（GB2312/GB18030，中文 Windows 的默认编码）保存的：请另存为 UTF-8 编码",
            "Latin-1" => $"字节 {Arg(a, 0)} 不是有效的 UTF-8；文件似乎是以 Latin-1（Windows-1252）编码保存的：请另存为 UTF-8 编码",
            _ => $"字节 {Arg(a, 0)} 不是有效的 UTF-8：请将文件另存为 UTF-8 编码",
        },
        DatasetErrorCode.ValueTooLarge => $"单个值超过 {Arg(a, 0)} 字节，远超允许的最长文本（{Arg(a, 1)} 个字符）",
        DatasetErrorCode.WrongType => $"应为{ChineseExpected(Arg(a, 0), Arg(a, 2))}，实际为{ChineseFound(Arg(a, 1))}",
        DatasetErrorCode.DuplicateProperty => $"属性“{Arg(a, 0)}”在同一对象中出现了不止一次",
        DatasetErrorCode.MissingProperty => $"缺少必填属性“{Arg(a, 0)}”",
        DatasetErrorCode.UnknownProperty => $"未知属性“{Arg(a, 0)}”；此处允许的属性：{ZhList(Arg(a, 1))}",
        DatasetErrorCode.UnsupportedFormat => $"不支持格式“{Arg(a, 0)}”；应为“{Arg(a, 1)}”",
        DatasetErrorCode.EmptyCampaignName => "活动名称不能为空",
        DatasetErrorCode.EmptyId => "编号必须是非空字符串",
        DatasetErrorCode.TooLong => $"“{Arg(a, 0)}”过长：最多允许 {Arg(a, 1)} 个字符",
        DatasetErrorCode.NotADate => $"“{Arg(a, 0)}”不是 yyyy-MM-dd 格式的日期",
        DatasetErrorCode.NotACalendarDate => $"“{Arg(a, 0)}”不是实际存在的日期",
        DatasetErrorCode.NotAllowedValue => $"不允许的值“{Arg(a, 0)}”；应为下列值之一：{ZhList(Arg(a, 1))}",
        DatasetErrorCode.NumberOutOfRange => $"数字 {Arg(a, 0)} 超出范围",
        DatasetErrorCode.NotAnInteger => $"应为 32 位以内的整数，实际为 {Arg(a, 0)}",
        DatasetErrorCode.PeriodEndBeforeStart => $"结束日期 {Arg(a, 0)} 早于开始日期 {Arg(a, 1)}",
        DatasetErrorCode.DuplicateId => $"编号“{Arg(a, 0)}”已被 {Arg(a, 1)} 使用",
        DatasetErrorCode.UnknownFocusList => $"重点问题清单“{Arg(a, 0)}”不在重点问题目录中；已知清单：{ZhList(Arg(a, 1))}",
        DatasetErrorCode.UnknownFocusId => $"重点问题编号“{Arg(a, 0)}”不在重点问题目录中",
        DatasetErrorCode.FourWindsNotAllowed => $"只有类别为“fourWinds”（四风问题）的问题才能填写四风类型，此问题的类别是“{Arg(a, 0)}”",
        DatasetErrorCode.OwnerPersonRequired => "个人问题必须填写属性“personId”（责任人编号）",
        DatasetErrorCode.TeamOwnerWithPerson => "班子问题不填写人员编号；个人问题请将 level 设为“individual”",
        DatasetErrorCode.NoProblemIds => "整改事项必须至少列出一个问题编号",
        DatasetErrorCode.CompletedOnRequired => $"状态为“{Arg(a, 0)}”时必须填写“completedOn”（完成日期）",
        DatasetErrorCode.CompletedOnNotAllowed => $"状态为“{Arg(a, 0)}”时不能填写“completedOn”：只有整改完毕或验收销号的事项才有完成日期",
        DatasetErrorCode.SatisfiedRateOutOfRange => $"满意率 {Arg(a, 0)} 不在 0 到 1 之间",
        DatasetErrorCode.SatisfiedRateRequired => "群众评议必须填写“satisfiedRate”（满意率）",
        DatasetErrorCode.NegativeRespondents => $"参评人数 {Arg(a, 0)} 为负数",
        DatasetErrorCode.DanglingReference => $"没有编号为“{Arg(a, 1)}”的{ChineseKind(Arg(a, 0))}",
        DatasetErrorCode.OwnerInOtherUnit => $"个人问题的责任人“{Arg(a, 0)}”属于单位“{Arg(a, 1)}”，不属于问题所在的单位“{Arg(a, 2)}”",
        DatasetErrorCode.ParentLoop => $"上级单位链形成循环：{Arg(a, 0)}",
        DatasetErrorCode.NotAWorkbook => "文件不是 Excel 工作簿（.xlsx）：请用 Excel 或 WPS 另存为 .xlsx 格式",
        DatasetErrorCode.DamagedWorkbook => "工作簿已损坏，无法读取：请用 Excel 或 WPS 打开后重新保存",
        DatasetErrorCode.MissingSheet => $"工作簿中没有名为“{Arg(a, 0)}”的工作表；台账工作簿应有以下工作表：{ZhList(Arg(a, 1))}（可用 campaign template 生成）",
        DatasetErrorCode.MissingHeaderRow => $"工作表“{Arg(a, 0)}”没有表头行；第 1 行应为列标题：{ZhList(Arg(a, 1))}",
        DatasetErrorCode.UnknownColumn => $"未知的列“{Arg(a, 0)}”；工作表“{Arg(a, 1)}”的列为：{ZhList(Arg(a, 2))}",
        DatasetErrorCode.DuplicateColumn => $"列“{Arg(a, 0)}”出现了两次（第一次在 {Arg(a, 1)} 列）",
        DatasetErrorCode.MissingColumn => $"表头中缺少必填列“{Arg(a, 0)}”（{Arg(a, 1)}）",
        DatasetErrorCode.CampaignItemWithoutName => "A 列没有填写项目名称，却填写了值",
        DatasetErrorCode.UnknownCampaignItem => $"未知项目“{Arg(a, 0)}”；可填写的项目为：{ZhList(Arg(a, 1))}",
        DatasetErrorCode.DuplicateCampaignItem => $"项目“{Arg(a, 0)}”出现了不止一次（第一次在第 {Arg(a, 1)} 行）",
        DatasetErrorCode.ExcelErrorValue => $"单元格中是 Excel 错误值 {Arg(a, 0)}",
        DatasetErrorCode.EvidenceWithoutRectificationId => $"缺少整改事项编号：佐证材料属于工作表“{Arg(a, 0)}”中具有此编号的整改事项",
        DatasetErrorCode.EvidenceOfUnknownRectification => $"工作表“{Arg(a, 0)}”中没有编号为“{Arg(a, 1)}”的整改事项",
        _ => Arg(a, 0),
    };

    /// <summary>The drop-down values of a workbook's enumeration cell, appended to its error: labels with their dataset names.</summary>
    public static string Choices(IReadOnlyList<(string Label, string Name)>? choices, bool chinese) => choices is null
        ? string.Empty
        : chinese
        ? "；工作簿中可填：" + string.Join("、", choices.Select(c => c.Label + "（" + c.Name + "）"))
        : "; in the workbook: " + string.Join(", ", choices.Select(c => c.Label + " (" + c.Name + ")"));

    private static string EnglishExpected(string expected, string detail) => expected switch
    {
        "object" => "an object",
        "string" => "a string",
        "id" => "a non-empty string id",
        "date" => "a date string yyyy-MM-dd",
        "enum" => "one of: " + detail,
        "format" => $"the string '{detail}'",
        "array" => "an array",
        "idArray" => "an array of ids",
        "codeArray" => "an array of focus list codes",
        "enumArray" => "an array of " + detail,
        "evidenceArray" => "an array of { kind, reference }",
        "periodObject" => "an object { start, end }",
        "ownerObject" => "an object { level, personId }",
        "evidenceObject" => "an object { kind, reference }",
        "evaluationObject" => "an object { by, on, satisfiedRate, respondents }",
        "boolean" => "true or false",
        "integer" => "an integer",
        "number" => "a number",
        _ => expected,
    };

    private static string ChineseExpected(string expected, string detail) => expected switch
    {
        "object" => "对象",
        "string" => "字符串",
        "id" => "非空的字符串编号",
        "date" => "yyyy-MM-dd 格式的日期字符串",
        "enum" => "下列值之一：" + ZhList(detail),
        "format" => $"字符串“{detail}”",
        "array" => "数组",
        "idArray" => "编号数组",
        "codeArray" => "重点问题清单代码数组",
        "enumArray" => "由下列值组成的数组：" + ZhList(detail),
        "evidenceArray" => "由 { kind, reference } 对象组成的数组",
        "periodObject" => "对象 { start, end }",
        "ownerObject" => "对象 { level, personId }",
        "evidenceObject" => "对象 { kind, reference }",
        "evaluationObject" => "对象 { by, on, satisfiedRate, respondents }",
        "boolean" => "true 或 false",
        "integer" => "整数",
        "number" => "数字",
        _ => expected,
    };

    private static string EnglishFound(string found) => found switch
    {
        "string" => "a string",
        "number" => "a number",
        "boolean" => "a boolean",
        "null" => "null",
        "object" => "an object",
        "array" => "an array",
        _ => found,
    };

    private static string ChineseFound(string found) => found switch
    {
        "string" => "字符串",
        "number" => "数字",
        "boolean" => "布尔值",
        "null" => "null",
        "object" => "对象",
        "array" => "数组",
        _ => found,
    };

    private static string ChineseKind(string kind) => kind switch
    {
        "unit" => "单位",
        "person" => "人员",
        "opinion" => "意见建议",
        "problem" => "查摆问题",
        "rectification" => "整改事项",
        _ => kind,
    };
}
