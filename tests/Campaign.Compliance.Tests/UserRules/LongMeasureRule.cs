using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.UserRules;

/// <summary>A user rule, as docs/rules.md shows: rectifications whose measure is longer than 20 characters.</summary>
[ComplianceRule("USR-001", RuleFamily.Superficial, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Long measure",
    TitleZh = "整改措施过长",
    MessageEn = "The measure of rectification {subjectId} is long.",
    MessageZh = "整改事项{subjectId}的措施过长。",
    Source = "Local practice (example user rule).",
    SourceZh = "本地做法（用户规则示例）。")]
[Name("LongMeasure")]
public sealed class LongMeasureRule : Rule
{
    public override void Define()
    {
        Rectification r = null!;
        Problem first = null!;
        When()
            .Match(() => r, x => x.Measure.Length > 20)
            .Match(() => first, p => p.Id == r.ProblemIds[0]);
        Then()
            .Yield(_ => new Finding(ComplianceRuleDescriptor.Of<LongMeasureRule>(), FindingSeverity.High, SubjectType.Rectification, r.Id, first.UnitId, r.ProblemIds, null, null));
    }
}
