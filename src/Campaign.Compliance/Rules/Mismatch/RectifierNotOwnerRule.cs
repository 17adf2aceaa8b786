using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-006: one of its problems is owned by a person P and responsiblePersonId is not P (absent counts as not P).</summary>
[ComplianceRule(RuleIds.RectifierNotOwner)]
[Name("RectifierNotOwner")]
internal sealed class RectifierNotOwnerRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r)
            .Exists<RectificationProblem>(l => l.RectificationId == r.RectificationId, l => l.OwnerPersonId != null, l => l.OwnerPersonId != r.Rectification.ResponsiblePersonId);
        Then()
            .Yield(() => Emit.Rectification(RuleIds.RectifierNotOwner, p, r));
    }
}
