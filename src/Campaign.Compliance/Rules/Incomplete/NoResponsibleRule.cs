using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Incomplete;

/// <summary>INC-002: neither responsiblePersonId nor responsibleUnitId.</summary>
[ComplianceRule(RuleIds.NoResponsible)]
[Name("NoResponsible")]
internal sealed class NoResponsibleRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => x.Rectification.ResponsiblePersonId == null && x.Rectification.ResponsibleUnitId == null);
        Then()
            .Yield(() => Emit.Rectification(RuleIds.NoResponsible, p, r));
    }
}
