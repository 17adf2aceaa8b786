using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Domain.Rectifications;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-003: mode immediate and days(found, end) &gt; ImmediateWindowDays, end = completedOn if finished else asOf.</summary>
[ComplianceRule(RuleIds.ImmediateNotImmediate)]
[Name("ImmediateNotImmediate")]
internal sealed class ImmediateNotImmediateRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        EvaluationDate d = null!;
        When()
            .Match(() => p)
            .Match(() => d)
            .Match(() => r, x => x.Rectification.Mode == RectificationMode.Immediate, x => Conditions.ImmediateTooLong(x, d.Day, p.ImmediateWindowDays));
        Then()
            .Yield(() => Emit.Rectification(RuleIds.ImmediateNotImmediate, p, r));
    }
}
