using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>SUP-005: fewer than MinConcreteChars characters of the measure remain once stock phrases and Z/P/S/C characters are removed (computed once per rectification).</summary>
[ComplianceRule("SUP-005", RuleFamily.Superficial, FindingSeverity.Medium, RuleScope.Unit,
    TitleEn = "Vague rectification measure",
    TitleZh = "整改措施空泛",
    MessageEn = "The measure of rectification {subjectId} is made of stock phrases with almost nothing concrete.",
    MessageZh = "整改事项{subjectId}的整改措施多为套话，缺少具体内容。",
    Source = "Weidu district committee's implementing opinion: \"确保活动不虚、不空、不偏\"; a measure of stock phrases only is a formality.",
    SourceZh = "中共魏都区委《关于在全区党员中深入开展党的群众路线教育实践活动的实施意见》：“确保活动不虚、不空、不偏”；整改措施只有空泛套话，即属流于形式。")]
[Name("VagueMeasure")]
internal sealed class VagueMeasureRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => x.ConcreteChars < p.MinConcreteChars);
        Then()
            .Yield(_ => Emit.Rectification<VagueMeasureRule>(p, r));
    }
}
