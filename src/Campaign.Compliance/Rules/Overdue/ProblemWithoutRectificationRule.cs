using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-007: no rectification lists the problem and days(identifiedOn, asOf) &gt; PlanWindowDays.</summary>
[ComplianceRule(RuleIds.ProblemWithoutRectification)]
[Name("ProblemWithoutRectification")]
internal sealed class ProblemWithoutRectificationRule : Rule
{
    public override void Define()
    {
        ProblemProfile x = null!;
        RuleParameters p = null!;
        EvaluationDate d = null!;
        When()
            .Match(() => p)
            .Match(() => d)
            .Match(() => x, m => d.Day - m.IdentifiedDay > p.PlanWindowDays)
            .Not<RectificationProblem>(l => l.ProblemId == x.ProblemId);
        Then()
            .Yield(() => Emit.Problem(RuleIds.ProblemWithoutRectification, p, x));
    }
}
