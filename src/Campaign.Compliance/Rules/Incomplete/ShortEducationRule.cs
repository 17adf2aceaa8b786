using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Units;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Incomplete;

/// <summary>INC-003: education.end &lt; education.start + MinEducationMonths (month addition clamps, as DateOnly.AddMonths does).</summary>
[ComplianceRule("INC-003", RuleFamily.Incomplete, FindingSeverity.Medium, RuleScope.Unit,
    TitleEn = "Concentrated education too short",
    TitleZh = "集中教育时间不足",
    MessageEn = "The concentrated-education period of unit {subjectId} is shorter than the minimum.",
    MessageZh = "{subjectId}的集中教育时间少于规定的最短时间。",
    Source = "Weidu district committee's implementing opinion: \"具体到每个单位，集中教育时间一般不少于3个月\".",
    SourceZh = "中共魏都区委《关于在全区党员中深入开展党的群众路线教育实践活动的实施意见》：“具体到每个单位，集中教育时间一般不少于3个月”。")]
[Name("ShortEducation")]
internal sealed class ShortEducationRule : Rule
{
    public override void Define()
    {
        Unit u = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => u, x => x.Education != null, x => Conditions.EducationTooShort(x, p.MinEducationMonths));
        Then()
            .Yield(_ => Emit.Unit<ShortEducationRule>(p, u));
    }
}
