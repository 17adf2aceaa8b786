using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-001: open, has a deadline, and asOf &gt; deadline (details: daysOverdue).</summary>
[ComplianceRule("OVD-001", RuleFamily.Overdue, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Rectification overdue",
    TitleZh = "整改超期",
    MessageEn = "Rectification {subjectId} is still open {daysOverdue} day(s) after its deadline.",
    MessageZh = "整改事项{subjectId}已超过整改时限{daysOverdue}天仍未完成。",
    Source = "Sichuan's report on its grass-roots mechanism: \"列出办实事好事项目责任人和时间表\", so a rectification is done by its deadline; the statuses \"整改完毕\" and \"正积极整改中\" are those of Anhui Daily's review of the first stage.",
    SourceZh = "四川省“走基层”长效机制报道：“列出办实事好事项目责任人和时间表”，整改须在时限内完成；整改状态依《安徽省第二批党的群众路线教育实践活动第一环节工作综述》（《安徽日报》）中的“整改完毕”“正积极整改中”。")]
[Name("RectificationOverdue")]
internal sealed class RectificationOverdueRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        EvaluationDate d = null!;
        When()
            .Match(() => p)
            .Match(() => d)
            .Match(() => r, x => x.IsOpen, x => x.HasDeadline, x => d.Day > x.DeadlineDay);
        Then()
            .Yield(_ => Emit.Rectification<RectificationOverdueRule>(p, r, "daysOverdue", d.Day - r.DeadlineDay));
    }
}
