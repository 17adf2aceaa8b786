using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.UserRules;

/// <summary>A user rule, as docs/rules.md shows: rectifications whose measure is longer than 20 characters.</summary>
[ComplianceRule("USR-001")]
[Name("LongMeasure")]
public sealed class LongMeasureRule : Rule
{
    public static readonly ComplianceRuleDescriptor Descriptor = new(
        "USR-001", "LongMeasure", RuleFamily.Superficial, FindingSeverity.High,
        "Long measure", "整改措施过长",
        "The measure of rectification {subjectId} is long.", "整改事项{subjectId}的措施过长。",
        "Local practice (example user rule).");

    public override void Define()
    {
        Rectification r = null!;
        Problem first = null!;
        When()
            .Match(() => r, x => x.Measure.Length > 20)
            .Match(() => first, p => p.Id == r.ProblemIds[0]);
        Then()
            .Yield(() => new Finding(Descriptor, Descriptor.DefaultSeverity, SubjectType.Rectification, r.Id, first.UnitId, r.ProblemIds, null, null));
    }
}
