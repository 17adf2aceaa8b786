using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.UserRules;

/// <summary>
/// A user rule that reads across units: a rectification whose measure another rectification, of any unit, repeats.
/// Declared <see cref="RuleScope.Dataset"/>, so a partitioned check runs it once over the whole dataset.
/// </summary>
[ComplianceRule("USR-003", RuleFamily.Superficial, FindingSeverity.Medium, RuleScope.Dataset,
    TitleEn = "Shared measure", TitleZh = "整改措施雷同",
    MessageEn = "The measure of rectification {subjectId} repeats that of {related}.", MessageZh = "整改事项{subjectId}的措施与{related}雷同。",
    Source = "Local practice (example user rule).",
    SourceZh = "本地做法（用户规则示例）。")]
[Name("SharedMeasure")]
public sealed class SharedMeasureRule : Rule
{
    public override void Define()
    {
        Rectification r = null!;
        Problem first = null!;
        IEnumerable<Rectification> same = null!;
        When()
            .Match(() => r, x => x.Measure.Length > 0)
            .Query(() => same, q => q.Match<Rectification>(x => x.Measure == r.Measure, x => x.Id != r.Id).Collect())
            .Having(() => same.Any())
            .Match(() => first, p => p.Id == r.ProblemIds[0]);
        Then()
            .Yield(_ => new Finding(ComplianceRuleDescriptor.Of<SharedMeasureRule>(), FindingSeverity.Medium, SubjectType.Rectification, r.Id, first.UnitId,
                same.Select(x => x.Id).Order(StringComparer.Ordinal).ToArray(), null, null));
    }
}
