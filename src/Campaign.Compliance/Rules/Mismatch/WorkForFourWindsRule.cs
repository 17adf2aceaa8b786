using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-004: an owner (a unit's team, or a person) with a work problem and no four-winds problem (以工作问题代替四风问题).</summary>
[ComplianceRule("MIS-004", RuleFamily.Mismatch, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Work problems in place of four-winds problems",
    TitleZh = "以工作问题代替四风问题",
    MessageEn = "Owner {subjectId} lists work problems but no four-winds problem.",
    MessageZh = "{subjectId}查摆了工作问题，却没有查摆任何“四风”问题。",
    Source = "Du Jinguo, \"Education and practice lie in action\": \"防止以工作问题代替‘四风’问题\".",
    SourceZh = "杜金国《教育实践重在落实行动》：“防止以工作问题代替‘四风’问题”。")]
[Name("WorkForFourWinds")]
internal sealed class WorkForFourWindsRule : Rule
{
    public override void Define()
    {
        ProblemOwnerFact owner = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => owner)
            .Exists<ProblemProfile>(m => m.WorkOwnerKey != null, m => m.WorkOwnerKey == owner.OwnerKey)
            .Not<ProblemProfile>(m => m.FourWindsOwnerKey != null, m => m.FourWindsOwnerKey == owner.OwnerKey);
        Then()
            .Yield(_ => Emit.Owner<WorkForFourWindsRule>(p, owner));
    }
}
