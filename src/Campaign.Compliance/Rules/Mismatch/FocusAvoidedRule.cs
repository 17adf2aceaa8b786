using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-005: a unit with focus ids and problems, none of which carries one of its focus ids (避重就轻).</summary>
[ComplianceRule(RuleIds.FocusAvoided)]
[Name("FocusAvoided")]
internal sealed class FocusAvoidedRule : Rule
{
    public override void Define()
    {
        UnitFocus focus = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => focus)
            .Not<ProblemProfile>(m => m.FocusUnitId != null, m => m.FocusUnitId == focus.UnitId)
            .Exists<ProblemProfile>(m => m.UnitId == focus.UnitId);
        Then()
            .Yield(() => Emit.Unit(RuleIds.FocusAvoided, p, focus.UnitId));
    }
}
