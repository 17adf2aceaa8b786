using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-002: finished, has a deadline, and completedOn &gt; deadline (details: daysLate).</summary>
[ComplianceRule("OVD-002", RuleFamily.Overdue, FindingSeverity.Low, RuleScope.Unit,
    TitleEn = "Completed after the deadline",
    TitleZh = "逾期完成整改",
    MessageEn = "Rectification {subjectId} was completed {daysLate} day(s) after its deadline.",
    MessageZh = "整改事项{subjectId}在整改时限后{daysLate}天才完成。",
    Source = "Sichuan's report on its grass-roots mechanism: \"列出办实事好事项目责任人和时间表\"; finishing after the deadline is not keeping the timetable.",
    SourceZh = "四川省“走基层”长效机制报道：“列出办实事好事项目责任人和时间表”；逾期才完成，即未按时间表落实。")]
[Name("CompletedLate")]
internal sealed class CompletedLateRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => x.IsFinished, x => x.HasDeadline, x => x.CompletedDay > x.DeadlineDay);
        Then()
            .Yield(_ => Emit.Rectification<CompletedLateRule>(p, r, "daysLate", r.CompletedDay - r.DeadlineDay));
    }
}
