using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-005: a unit with focus ids and problems, none of which carries one of its focus ids (避重就轻).</summary>
[ComplianceRule("MIS-005", RuleFamily.Mismatch, FindingSeverity.Medium, RuleScope.Unit,
    TitleEn = "Focus problems avoided",
    TitleZh = "避重就轻",
    MessageEn = "None of the problems of unit {subjectId} addresses a focus problem of its kind (avoiding the important).",
    MessageZh = "{subjectId}查摆的问题均未涉及本类单位应重点解决的问题（避重就轻）。",
    Source = "Anhui Daily's review of the first stage: \"聚焦不够、画像不准、避重就轻\"; Weidu district committee's implementing opinion lists the problems to address per kind of unit.",
    SourceZh = "《安徽省第二批党的群众路线教育实践活动第一环节工作综述》（《安徽日报》）：“聚焦不够、画像不准、避重就轻”；中共魏都区委《关于在全区党员中深入开展党的群众路线教育实践活动的实施意见》按单位类别列出重点解决的问题。")]
[Name("FocusAvoided")]
internal sealed class FocusAvoidedRule : Rule
{
    public override void Define()
    {
        UnitFocus focus = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => focus)
            .Not<ProblemProfile>(m => m.FocusUnitId != null, m => m.FocusUnitId == focus.UnitId)
            .Exists<ProblemProfile>(m => m.UnitId == focus.UnitId);
        Then()
            .Yield(_ => Emit.Unit<FocusAvoidedRule>(p, focus.UnitId));
    }
}
