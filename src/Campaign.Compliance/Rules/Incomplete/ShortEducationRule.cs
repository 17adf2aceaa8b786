using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Domain.Units;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Incomplete;

/// <summary>INC-003: education.end &lt; education.start + MinEducationMonths (month addition clamps, as DateOnly.AddMonths does).</summary>
[ComplianceRule(RuleIds.ShortEducation)]
[Name("ShortEducation")]
internal sealed class ShortEducationRule : Rule
{
    public override void Define()
    {
        Unit u = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => u, x => x.Education != null, x => Conditions.EducationTooShort(x, p.MinEducationMonths));
        Then()
            .Yield(() => Emit.Unit(RuleIds.ShortEducation, p, u));
    }
}
