using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>SUP-005: fewer than MinConcreteChars characters of the measure remain once stock phrases and Z/P/S/C characters are removed (computed once per rectification).</summary>
[ComplianceRule(RuleIds.VagueMeasure)]
[Name("VagueMeasure")]
internal sealed class VagueMeasureRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => x.ConcreteChars < p.MinConcreteChars);
        Then()
            .Yield(() => Emit.Rectification(RuleIds.VagueMeasure, p, r));
    }
}
