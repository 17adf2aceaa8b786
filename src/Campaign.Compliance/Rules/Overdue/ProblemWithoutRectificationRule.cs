using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-007: no rectification lists the problem and days(identifiedOn, asOf) &gt; PlanWindowDays.</summary>
[ComplianceRule("OVD-007", RuleFamily.Overdue, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Problem without a rectification",
    TitleZh = "问题未列入整改",
    MessageEn = "Problem {subjectId} has no rectification item longer than the plan window after it was identified.",
    MessageZh = "问题{subjectId}查摆后超过整改方案时限仍未列入任何整改事项。",
    Source = "Du Jinguo, \"Education and practice lie in action\": \"能改的马上改，需要时间改的要做出安排\"; every problem found goes into a rectification with a person and a deadline.",
    SourceZh = "杜金国《教育实践重在落实行动》：“能改的马上改，需要时间改的要做出安排”；查摆出的问题都应列入整改并明确责任人和时限。")]
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
            .Yield(_ => Emit.Problem<ProblemWithoutRectificationRule>(p, x));
    }
}
