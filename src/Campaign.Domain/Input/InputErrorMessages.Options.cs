namespace Campaign.Domain.Input;

/// <summary>The messages of the compliance options codes (201–222) and the user rule class codes (301–309).</summary>
internal static partial class InputErrorMessages
{
    private static string OptionsEnglish(InputErrorCode code, IReadOnlyList<string> a) => code switch
    {
        InputErrorCode.OptionsMalformedJson => "malformed JSON: look for a missing or extra comma, a missing quote or an unclosed bracket here.",
        InputErrorCode.OptionsNotAnObject => "the options file must hold a JSON object.",
        InputErrorCode.OptionUnknown => $"unknown property '{Arg(a, 0)}'; known properties: {Arg(a, 1)}.",
        InputErrorCode.OptionExpectedInteger => $"expected a whole number, got {EnglishFound(Arg(a, 0))}.",
        InputErrorCode.OptionExpectedNumber => $"expected a number, got {EnglishFound(Arg(a, 0))}.",
        InputErrorCode.OptionExpectedDate => $"expected a date yyyy-MM-dd, got {EnglishFound(Arg(a, 0))}.",
        InputErrorCode.OptionExpectedStringArray => $"expected an array of strings, got {EnglishFound(Arg(a, 0))}.",
        InputErrorCode.OptionExpectedString => $"expected a string, got {EnglishFound(Arg(a, 0))}.",
        InputErrorCode.OptionNotAllowedValue => $"expected {Alternatives(Arg(a, 1), "\"", "\"", ", ", " or ")}, got {EnglishFound(Arg(a, 0))}.",
        InputErrorCode.OptionExpectedSeverityMap => $"expected an object of rule id to severity, got {EnglishFound(Arg(a, 0))}.",
        InputErrorCode.OptionNegative => $"must not be negative (was {Arg(a, 0)}).",
        InputErrorCode.OptionLessThanOne => $"must be at least 1 (was {Arg(a, 0)}).",
        InputErrorCode.OptionAboveMaximum => $"must be at most {Arg(a, 0)} (was {Arg(a, 1)}).",
        InputErrorCode.OptionRateOutOfRange => $"must be within 0..1 (was {Arg(a, 0)}).",
        InputErrorCode.OptionNull => "must not be null.",
        InputErrorCode.OptionEmptyStockPhrase => "a stock phrase must not be empty.",
        InputErrorCode.OptionUnknownRuleId => $"unknown rule id '{Arg(a, 0)}'.",
        InputErrorCode.OptionUnknownSeverity => $"unknown severity {Arg(a, 0)}.",
        InputErrorCode.OptionUnknownFocusList => $"unknown focus list '{Arg(a, 0)}'; known lists: {Arg(a, 1)}.",
        InputErrorCode.OptionUnknownLanguage => $"unknown language {Arg(a, 0)}.",
        InputErrorCode.OptionUnknownEngine => $"unknown engine {Arg(a, 0)}; known engines: {Arg(a, 1)}.",
        InputErrorCode.OptionNotARuleClass => $"'{Arg(a, 0)}' is not a concrete NRules.Fluent.Dsl.Rule class.",
        _ => Arg(a, 0),
    };

    private static string OptionsChinese(InputErrorCode code, IReadOnlyList<string> a) => code switch
    {
        InputErrorCode.OptionsMalformedJson => "JSON 格式有误：请检查此处是否缺少或多出逗号、缺少引号或括号未闭合。",
        InputErrorCode.OptionsNotAnObject => "选项文件必须是一个 JSON 对象。",
        InputErrorCode.OptionUnknown => $"未知属性“{Arg(a, 0)}”；可用的属性：{ZhList(Arg(a, 1))}。",
        InputErrorCode.OptionExpectedInteger => $"应为整数，实际为{ChineseFound(Arg(a, 0))}。",
        InputErrorCode.OptionExpectedNumber => $"应为数字，实际为{ChineseFound(Arg(a, 0))}。",
        InputErrorCode.OptionExpectedDate => $"应为 yyyy-MM-dd 格式的日期，实际为{ChineseFound(Arg(a, 0))}。",
        InputErrorCode.OptionExpectedStringArray => $"应为字符串数组，实际为{ChineseFound(Arg(a, 0))}。",
        InputErrorCode.OptionExpectedString => $"应为字符串，实际为{ChineseFound(Arg(a, 0))}。",
        InputErrorCode.OptionNotAllowedValue => $"应为{Alternatives(Arg(a, 1), "“", "”", "、", "或")}，实际为{ChineseFound(Arg(a, 0))}。",
        InputErrorCode.OptionExpectedSeverityMap => $"应为由规则编号到严重程度的对象，实际为{ChineseFound(Arg(a, 0))}。",
        InputErrorCode.OptionNegative => $"不能为负数（当前为 {Arg(a, 0)}）。",
        InputErrorCode.OptionLessThanOne => $"至少应为 1（当前为 {Arg(a, 0)}）。",
        InputErrorCode.OptionAboveMaximum => $"最多为 {Arg(a, 0)}（当前为 {Arg(a, 1)}）。",
        InputErrorCode.OptionRateOutOfRange => $"应在 0 到 1 之间（当前为 {Arg(a, 0)}）。",
        InputErrorCode.OptionNull => "不能为 null。",
        InputErrorCode.OptionEmptyStockPhrase => "套话不能为空。",
        InputErrorCode.OptionUnknownRuleId => $"未知的规则编号“{Arg(a, 0)}”。",
        InputErrorCode.OptionUnknownSeverity => $"未知的严重程度 {Arg(a, 0)}。",
        InputErrorCode.OptionUnknownFocusList => $"未知的重点问题清单“{Arg(a, 0)}”；已知清单：{ZhList(Arg(a, 1))}。",
        InputErrorCode.OptionUnknownLanguage => $"未知的语言 {Arg(a, 0)}。",
        InputErrorCode.OptionUnknownEngine => $"未知的规则引擎 {Arg(a, 0)}；可用的引擎：{ZhList(Arg(a, 1))}。",
        InputErrorCode.OptionNotARuleClass => $"“{Arg(a, 0)}”不是可实例化的 NRules.Fluent.Dsl.Rule 规则类。",
        _ => Arg(a, 0),
    };

    private static string RuleClassEnglish(InputErrorCode code, IReadOnlyList<string> a) => code switch
    {
        InputErrorCode.RuleClassNotDeclared => $"the rule class {Arg(a, 0)} declares no compliance rule; add [ComplianceRule(id, family, severity, scope, TitleEn = …, TitleZh = …, MessageEn = …, MessageZh = …, Source = …, SourceZh = …)] or [ComplianceRulePart(typeof(…))].",
        InputErrorCode.RuleClassBothAttributes => $"the rule class {Arg(a, 0)} carries both [ComplianceRule] and [ComplianceRulePart]; keep one.",
        InputErrorCode.RuleClassPartOfUndeclared => $"the rule class {Arg(a, 0)} is a [ComplianceRulePart] of {Arg(a, 1)}, which declares no [ComplianceRule].",
        InputErrorCode.RuleClassInvalidId => $"the rule class {Arg(a, 0)} declares the id '{Arg(a, 1)}'; an id must be non-empty and hold no white space.",
        InputErrorCode.RuleClassMissingText => $"the rule class {Arg(a, 0)} declares no {Arg(a, 1)} in its [ComplianceRule].",
        InputErrorCode.RuleClassUnknownEnum => $"the rule class {Arg(a, 0)} declares an unknown family, severity or scope.",
        InputErrorCode.RuleClassDescriptorIdMismatch => $"the rule class {Arg(a, 0)} declares the id '{Arg(a, 1)}' but its descriptor {Arg(a, 2)} has the id '{Arg(a, 3)}'; use ComplianceRuleDescriptor.Of<{Arg(a, 4)}>() so the two cannot differ.",
        InputErrorCode.RuleClassShippedId => $"the rule class {Arg(a, 0)} declares the id '{Arg(a, 1)}', which is the shipped rule {Arg(a, 2)}'s; a user rule needs an id of its own (to change a shipped rule, disable it and add yours under a new id).",
        InputErrorCode.RuleClassDuplicateId => $"the rule class {Arg(a, 0)} declares the id '{Arg(a, 1)}', which {Arg(a, 2)} declares too; give each rule an id of its own (a rule of several classes marks the others [ComplianceRulePart]).",
        _ => Arg(a, 0),
    };

    private static string RuleClassChinese(InputErrorCode code, IReadOnlyList<string> a) => code switch
    {
        InputErrorCode.RuleClassNotDeclared => $"规则类 {Arg(a, 0)} 没有声明合规规则：请加上 [ComplianceRule(id, family, severity, scope, TitleEn = …, TitleZh = …, MessageEn = …, MessageZh = …, Source = …, SourceZh = …)] 或 [ComplianceRulePart(typeof(…))]。",
        InputErrorCode.RuleClassBothAttributes => $"规则类 {Arg(a, 0)} 同时带有 [ComplianceRule] 和 [ComplianceRulePart]：只能保留一个。",
        InputErrorCode.RuleClassPartOfUndeclared => $"规则类 {Arg(a, 0)} 是 {Arg(a, 1)} 的 [ComplianceRulePart]，但 {Arg(a, 1)} 没有声明 [ComplianceRule]。",
        InputErrorCode.RuleClassInvalidId => $"规则类 {Arg(a, 0)} 声明的编号“{Arg(a, 1)}”无效：编号不能为空，也不能含空白字符。",
        InputErrorCode.RuleClassMissingText => $"规则类 {Arg(a, 0)} 的 [ComplianceRule] 没有填写 {Arg(a, 1)}。",
        InputErrorCode.RuleClassUnknownEnum => $"规则类 {Arg(a, 0)} 声明了未知的规则类别、严重程度或适用范围。",
        InputErrorCode.RuleClassDescriptorIdMismatch => $"规则类 {Arg(a, 0)} 声明的编号是“{Arg(a, 1)}”，但其描述符 {Arg(a, 2)} 的编号是“{Arg(a, 3)}”：请使用 ComplianceRuleDescriptor.Of<{Arg(a, 4)}>()，使两者保持一致。",
        InputErrorCode.RuleClassShippedId => $"规则类 {Arg(a, 0)} 声明的编号“{Arg(a, 1)}”已被内置规则 {Arg(a, 2)} 使用：自定义规则须有自己的编号（要修改内置规则，请先停用它，再以新编号添加自己的规则）。",
        InputErrorCode.RuleClassDuplicateId => $"规则类 {Arg(a, 0)} 声明的编号“{Arg(a, 1)}”也由 {Arg(a, 2)} 声明：每条规则须有自己的编号（由多个类组成的规则，其余各类标注 [ComplianceRulePart]）。",
        _ => Arg(a, 0),
    };

    /// <summary>Choices (comma-separated) as <c>"a", "b" or "c"</c>, each between <paramref name="open"/> and <paramref name="close"/>.</summary>
    private static string Alternatives(string list, string open, string close, string separator, string or)
    {
        var items = list.Split(", ", StringSplitOptions.RemoveEmptyEntries);
        if (items.Length <= 1)
        {
            return open + list + close;
        }

        return string.Join(separator, items[..^1].Select(i => open + i + close)) + or + open + items[^1] + close;
    }
}
