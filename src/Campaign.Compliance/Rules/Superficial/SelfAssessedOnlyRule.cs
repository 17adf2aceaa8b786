using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>SUP-002: finished and the evaluation absent or by self (决不能以自我感觉代替群众评价).</summary>
[ComplianceRule("SUP-002", RuleFamily.Superficial, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Finished on self-assessment only",
    TitleZh = "以自我感觉代替群众评价",
    MessageEn = "Rectification {subjectId} is finished without an evaluation by the masses.",
    MessageZh = "整改事项{subjectId}已完成，但未经群众评议，以自我感觉代替群众评价。",
    Source = "Weidu district committee's implementing opinion: \"决不能以自我感觉代替群众评价\".",
    SourceZh = "中共魏都区委《关于在全区党员中深入开展党的群众路线教育实践活动的实施意见》：“决不能以自我感觉代替群众评价”。")]
[Name("SelfAssessedOnly")]
internal sealed class SelfAssessedOnlyRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => Conditions.SelfAssessedOnly(x.Rectification));
        Then()
            .Yield(_ => Emit.Rectification<SelfAssessedOnlyRule>(p, r));
    }
}
