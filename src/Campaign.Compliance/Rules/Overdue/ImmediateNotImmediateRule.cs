using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Rectifications;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-003: mode immediate and days(found, end) &gt; ImmediateWindowDays, end = completedOn if finished else asOf.</summary>
[ComplianceRule("OVD-003", RuleFamily.Overdue, FindingSeverity.Medium, RuleScope.Unit,
    TitleEn = "Immediate rectification not done immediately",
    TitleZh = "立行立改名不副实",
    MessageEn = "Rectification {subjectId} is marked immediate but took longer than the immediate window after its problem was found.",
    MessageZh = "整改事项{subjectId}标为立行立改，但自发现问题起超过立行立改时限仍未完成（立行立改名不副实）。",
    Source = "Weidu district committee's implementing opinion: \"即知即改、立行立改\"; Sichuan's report on its grass-roots mechanism: \"立说立行、即知即改\".",
    SourceZh = "中共魏都区委《关于在全区党员中深入开展党的群众路线教育实践活动的实施意见》：“即知即改、立行立改”；四川省“走基层”长效机制报道：“立说立行、即知即改”。")]
[Name("ImmediateNotImmediate")]
internal sealed class ImmediateNotImmediateRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        EvaluationDate d = null!;
        When()
            .Match(() => p)
            .Match(() => d)
            .Match(() => r, x => x.Rectification.Mode == RectificationMode.Immediate, x => Conditions.ImmediateTooLong(x, d.Day, p.ImmediateWindowDays));
        Then()
            .Yield(_ => Emit.Rectification<ImmediateNotImmediateRule>(p, r));
    }
}
