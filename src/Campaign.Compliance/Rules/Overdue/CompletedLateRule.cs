using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-002: finished, has a deadline, and completedOn &gt; deadline (details: daysLate).</summary>
[ComplianceRule(RuleIds.CompletedLate)]
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
            .Yield(() => Emit.Rectification(RuleIds.CompletedLate, p, r, "daysLate", r.CompletedDay - r.DeadlineDay));
    }
}
