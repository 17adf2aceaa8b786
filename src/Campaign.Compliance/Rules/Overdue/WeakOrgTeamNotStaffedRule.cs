using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Domain.Units;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Overdue;

/// <summary>OVD-004: weak and lax, and the team not staffed with asOf past the deadline, or staffed after it.</summary>
[ComplianceRule(RuleIds.WeakOrgTeamNotStaffed)]
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
            .Yield(() => Emit.Unit(RuleIds.WeakOrgTeamNotStaffed, p, u));
    }
}
