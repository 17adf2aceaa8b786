using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Units;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-004: weak and lax, and the team not staffed with asOf past the deadline, or staffed after it.</summary>
[ComplianceRule("OVD-004", RuleFamily.Overdue, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Weak organisation: leadership team not in place by the deadline",
    TitleZh = "软弱涣散基层党组织班子未按期选配到位",
    MessageEn = "Unit {subjectId} is a weak and lax organisation whose leadership team was not put in place by the deadline.",
    MessageZh = "{subjectId}为软弱涣散基层党组织，未在规定时限前把班子选配到位。",
    Source = "Hunan's review of the second batch: \"4月底前把软弱涣散基层党组织的班子选配到位\".",
    SourceZh = "湖南省第二批教育实践活动综述（倪章华执笔）：“4月底前把软弱涣散基层党组织的班子选配到位”。")]
[Name("WeakOrgTeamNotStaffed")]
internal sealed class WeakOrgTeamNotStaffedRule : Rule
{
    public override void Define()
    {
        Unit u = null!;
        RuleParameters p = null!;
        EvaluationDate d = null!;
        When()
            .Match(() => p)
            .Match(() => d)
            .Match(() => u, x => x.WeakLax != null, x => Conditions.MissedDeadline(x.WeakLax!.TeamStaffedOn, p.TeamStaffedDeadline, d.AsOf));
        Then()
            .Yield(_ => Emit.Unit<WeakOrgTeamNotStaffedRule>(p, u));
    }
}
