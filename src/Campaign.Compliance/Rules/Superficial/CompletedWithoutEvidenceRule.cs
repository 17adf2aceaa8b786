using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>SUP-001: finished and no evidence (走过场).</summary>
[ComplianceRule(RuleIds.CompletedWithoutEvidence)]
[Name("CompletedWithoutEvidence")]
internal sealed class CompletedWithoutEvidenceRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => x.IsFinished, x => x.Rectification.Evidence.Count == 0);
        Then()
            .Yield(() => Emit.Rectification(RuleIds.CompletedWithoutEvidence, p, r));
    }
}
