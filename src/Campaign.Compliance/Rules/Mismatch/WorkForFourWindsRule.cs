using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-004: an owner (a unit's team, or a person) with a work problem and no four-winds problem (以工作问题代替四风问题).</summary>
[ComplianceRule(RuleIds.WorkForFourWinds)]
[Name("WorkForFourWinds")]
internal sealed class WorkForFourWindsRule : Rule
{
    public override void Define()
    {
        ProblemOwnerFact owner = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => owner)
            .Exists<ProblemProfile>(m => m.WorkOwnerKey != null, m => m.WorkOwnerKey == owner.OwnerKey)
            .Not<ProblemProfile>(m => m.FourWindsOwnerKey != null, m => m.FourWindsOwnerKey == owner.OwnerKey);
        Then()
            .Yield(() => Emit.Owner(RuleIds.WorkForFourWinds, p, owner));
    }
}
