using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Units;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-005: weak and lax, and not consolidated with asOf past the deadline, or consolidated after it.</summary>
[ComplianceRule("OVD-005", RuleFamily.Overdue, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Weak organisation: special rectification not completed by the deadline",
    TitleZh = "软弱涣散基层党组织未按期完成整顿",
    MessageEn = "Unit {subjectId} is a weak and lax organisation whose special rectification was not completed by the deadline.",
    MessageZh = "{subjectId}为软弱涣散基层党组织，未在规定时限前完成专项整治任务。",
    Source = "Hunan's review of the second batch: \"6月底前完成专项整治任务\".",
    SourceZh = "湖南省第二批教育实践活动综述（倪章华执笔）：“6月底前完成专项整治任务”。")]
[Name("WeakOrgNotConsolidated")]
internal sealed class WeakOrgNotConsolidatedRule : Rule
{
    public override void Define()
    {
        Unit u = null!;
        RuleParameters p = null!;
        EvaluationDate d = null!;
        When()
            .Match(() => p)
            .Match(() => d)
            .Match(() => u, x => x.WeakLax != null, x => Conditions.MissedDeadline(x.WeakLax!.ConsolidatedOn, p.ConsolidationDeadline, d.AsOf));
        Then()
            .Yield(_ => Emit.Unit<WeakOrgNotConsolidatedRule>(p, u));
    }
}
