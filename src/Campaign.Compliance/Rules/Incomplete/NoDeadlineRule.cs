using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Rectifications;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Incomplete;

/// <summary>INC-001: mode scheduled and no deadline (需要时间改的要做出安排).</summary>
[ComplianceRule("INC-001", RuleFamily.Incomplete, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Scheduled rectification without a deadline",
    TitleZh = "需时整改未定时限",
    MessageEn = "Rectification {subjectId} is scheduled but has no deadline.",
    MessageZh = "整改事项{subjectId}属于需要时间改的，但未明确整改时限。",
    Source = "Du Jinguo, \"Education and practice lie in action\": \"能改的马上改，需要时间改的要做出安排\".",
    SourceZh = "杜金国《教育实践重在落实行动》：“能改的马上改，需要时间改的要做出安排”。")]
[Name("NoDeadline")]
internal sealed class NoDeadlineRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => x.Rectification.Mode == RectificationMode.Scheduled, x => !x.HasDeadline);
        Then()
            .Yield(_ => Emit.Rectification<NoDeadlineRule>(p, r));
    }
}
