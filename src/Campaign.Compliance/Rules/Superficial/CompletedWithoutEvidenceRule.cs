using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>SUP-001: finished and no evidence (走过场).</summary>
[ComplianceRule("SUP-001", RuleFamily.Superficial, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Completed without evidence",
    TitleZh = "整改完成无佐证",
    MessageEn = "Rectification {subjectId} is finished but has no evidence of the work done (going through the motions).",
    MessageZh = "整改事项{subjectId}已完成，但没有任何佐证材料（走过场）。",
    Source = "Weidu district committee's implementing opinion: \"确保活动不虚、不空、不偏、不走过场\"; a completion without evidence or effect is a formality.",
    SourceZh = "中共魏都区委《关于在全区党员中深入开展党的群众路线教育实践活动的实施意见》：“确保活动不虚、不空、不偏、不走过场”；整改完毕而无佐证和成效，即属走过场。")]
[Name("CompletedWithoutEvidence")]
internal sealed class CompletedWithoutEvidenceRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => x.IsFinished, x => x.Rectification.Evidence.Count == 0);
        Then()
            .Yield(_ => Emit.Rectification<CompletedWithoutEvidenceRule>(p, r));
    }
}
