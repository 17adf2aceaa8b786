using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>SUP-003: evaluated by the masses with satisfiedRate &lt; SatisfactionTarget, whatever the status.</summary>
[ComplianceRule("SUP-003", RuleFamily.Superficial, FindingSeverity.Medium, RuleScope.Unit,
    TitleEn = "Satisfaction of the masses below target",
    TitleZh = "群众满意度未达标",
    MessageEn = "Rectification {subjectId} was rated by the masses below the satisfaction target.",
    MessageZh = "整改事项{subjectId}的群众满意率低于目标值。",
    Source = "Sichuan's report on its grass-roots mechanism puts the masses' satisfaction \"在90%以上\"; the 90% re-rectification threshold comes from the campaign before this one, not from a rule of the second batch.",
    SourceZh = "四川省“走基层”长效机制报道称群众对解决问题的满意度“在90%以上”；满意率不足90%须重新整改的标准出自此前的学习实践科学发展观活动，并非第二批活动的明文规定。")]
[Name("LowSatisfaction")]
internal sealed class LowSatisfactionRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => Conditions.MassEvaluated(x.Rectification), x => Conditions.BelowTarget(x.Rectification, p.SatisfactionTarget));
        Then()
            .Yield(_ => Emit.Rectification<LowSatisfactionRule>(p, r));
    }
}
