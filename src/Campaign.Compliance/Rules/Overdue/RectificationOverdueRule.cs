using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-001: open, has a deadline, and asOf &gt; deadline (details: daysOverdue).</summary>
[ComplianceRule(RuleIds.RectificationOverdue)]
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
            .Yield(() => Emit.Rectification(RuleIds.RectificationOverdue, p, r, "daysOverdue", d.Day - r.DeadlineDay));
    }
}
