using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Domain.Rectifications;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Incomplete;

/// <summary>INC-001: mode scheduled and no deadline (需要时间改的要做出安排).</summary>
[ComplianceRule(RuleIds.NoDeadline)]
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
            .Yield(() => Emit.Rectification(RuleIds.NoDeadline, p, r));
    }
}
