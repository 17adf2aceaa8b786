using Campaign.Compliance.Findings;
using static Campaign.Compliance.Catalog.RuleFamily;
using static Campaign.Compliance.Findings.FindingSeverity;

namespace Campaign.Compliance.Catalog;

/// <summary>The descriptors of the 23 shipped rules, in the order of rules.md.</summary>
internal static class ShippedRules
{
    public static IEnumerable<ComplianceRuleDescriptor> All()
    {
        yield return new(
            RuleIds.RectificationOverdue, "RectificationOverdue", Overdue, High,
            "Rectification overdue",
            "整改超期",
            "Rectification {subjectId} is still open {daysOverdue} day(s) after its deadline.",
            "整改事项{subjectId}已超过整改时限{daysOverdue}天仍未完成。",
            "domain-notes R14 (OverdueRectification): deadline fields from R13; S003 statuses 整改完毕 / 正积极整改中.");
        yield return new(
            RuleIds.CompletedLate, "CompletedLate", Overdue, Low,
            "Completed after the deadline",
            "逾期完成整改",
            "Rectification {subjectId} was completed {daysLate} day(s) after its deadline.",
            "整改事项{subjectId}在整改时限后{daysLate}天才完成。",
            "domain-notes R14 (OverdueRectification) and R13: a timetable that is not kept.");
        yield return new(
            RuleIds.ImmediateNotImmediate, "ImmediateNotImmediate", Overdue, Medium,
            "Immediate rectification not done immediately",
            "立行立改名不副实",
            "Rectification {subjectId} is marked immediate but took longer than the immediate window after its problem was found.",
            "整改事项{subjectId}标为立行立改,但自发现问题起超过立行立改时限仍未完成(立行立改名不副实)。",
            "domain-notes R12; seed 001 \"即知即改、立行立改\"; seed 002 \"立说立行、即知即改\".");
        yield return new(
            RuleIds.WeakOrgTeamNotStaffed, "WeakOrgTeamNotStaffed", Overdue, High,
            "Weak organisation: leadership team not in place by the deadline",
            "软弱涣散基层党组织班子未按期选配到位",
            "Unit {subjectId} is a weak and lax organisation whose leadership team was not put in place by the deadline.",
            "{subjectId}为软弱涣散基层党组织,未在规定时限前把班子选配到位。",
            "seed 000 \"4月底前把软弱涣散基层党组织的班子选配到位\" (domain-notes R03).");
        yield return new(
            RuleIds.WeakOrgNotConsolidated, "WeakOrgNotConsolidated", Overdue, High,
            "Weak organisation: special rectification not completed by the deadline",
            "软弱涣散基层党组织未按期完成整顿",
            "Unit {subjectId} is a weak and lax organisation whose special rectification was not completed by the deadline.",
            "{subjectId}为软弱涣散基层党组织,未在规定时限前完成专项整治任务。",
            "seed 000 \"6月底前完成专项整治任务\" (domain-notes R04).");
        yield return new(
            RuleIds.OpinionUnclaimed, "OpinionUnclaimed", Overdue, Medium,
            "Opinion not claimed in time",
            "意见建议未及时认领",
            "Opinion {subjectId} was not claimed within the claim window after it was received.",
            "意见建议{subjectId}收到后未在认领时限内认领。",
            "seed 001 \"领导班子及成员和有关部门要主动认领\" (domain-notes R16).");
        yield return new(
            RuleIds.ProblemWithoutRectification, "ProblemWithoutRectification", Overdue, High,
            "Problem without a rectification",
            "问题未列入整改",
            "Problem {subjectId} has no rectification item longer than the plan window after it was identified.",
            "问题{subjectId}查摆后超过整改方案时限仍未列入任何整改事项。",
            "domain-notes R13 (ResponsibilityAndTimetable) and seed 004 \"能改的马上改,需要时间改的要做出安排\".");
        yield return new(
            RuleIds.CompletedWithoutEvidence, "CompletedWithoutEvidence", Superficial, High,
            "Completed without evidence",
            "整改完成无佐证",
            "Rectification {subjectId} is finished but has no evidence of the work done (going through the motions).",
            "整改事项{subjectId}已完成,但没有任何佐证材料(走过场)。",
            "domain-notes R31; seed 001 \"确保活动不虚、不空、不偏、不走过场\".");
        yield return new(
            RuleIds.SelfAssessedOnly, "SelfAssessedOnly", Superficial, High,
            "Finished on self-assessment only",
            "以自我感觉代替群众评价",
            "Rectification {subjectId} is finished without an evaluation by the masses.",
            "整改事项{subjectId}已完成,但未经群众评议,以自我感觉代替群众评价。",
            "seed 001 \"决不能以自我感觉代替群众评价\" (domain-notes R24).");
        yield return new(
            RuleIds.LowSatisfaction, "LowSatisfaction", Superficial, Medium,
            "Satisfaction of the masses below target",
            "群众满意度未达标",
            "Rectification {subjectId} was rated by the masses below the satisfaction target.",
            "整改事项{subjectId}的群众满意率低于目标值。",
            "domain-notes R26; seed 002 reports satisfaction \"在90%以上\"; the 90% re-rectify threshold is from an earlier campaign (P16).");
        yield return new(
            RuleIds.NotReportedBack, "NotReportedBack", Superficial, Medium,
            "Result not reported back to the masses",
            "整改结果未向群众反馈",
            "Opinion {subjectId}: all its rectifications are finished but the result was not reported back to the masses in time.",
            "意见建议{subjectId}涉及的整改均已完成,但未及时向群众反馈。",
            "seed 001 \"进行原汁原味地反馈…及时向群众反馈\" (domain-notes R17).");
        yield return new(
            RuleIds.VagueMeasure, "VagueMeasure", Superficial, Medium,
            "Vague rectification measure",
            "整改措施空泛",
            "The measure of rectification {subjectId} is made of stock phrases with almost nothing concrete.",
            "整改事项{subjectId}的整改措施多为套话,缺少具体内容。",
            "domain-notes R31 (generic text) and seed 001 \"确保活动不虚、不空、不偏\".");
        yield return new(
            RuleIds.BoilerplateProblem, "BoilerplateProblem", Superficial, Medium,
            "Boilerplate problem",
            "照搬照用的问题",
            "Problem {subjectId} has the same text as problems of {owners} different owners (copied, 照搬照用).",
            "问题{subjectId}与{owners}个不同主体的问题表述完全相同(照搬照用)。",
            "domain-notes R32; public P12 \"把一些不痛不痒的共性问题往自己身上套,使对照检查变成照着检查\".");
        yield return new(
            RuleIds.TeamProblemForPersonalOpinion, "TeamProblemForPersonalOpinion", Mismatch, High,
            "Personal opinion filed as a team problem",
            "以班子问题代替个人问题",
            "Problem {subjectId} is a team problem but comes from an opinion about one person.",
            "问题{subjectId}来源于针对个人的意见,却作为班子问题查摆。",
            "seed 004 \"以班子存在的问题代替个人存在的问题\" (domain-notes R08).");
        yield return new(
            RuleIds.NoPersonalProblems, "NoPersonalProblems", Mismatch, High,
            "Team member with no personal problems",
            "班子成员未查摆个人问题",
            "Person {subjectId} is on the leadership team of unit {unitId}, which has team problems, but owns no problem.",
            "{subjectId}是{unitId}的班子成员,班子已查摆问题,但本人未查摆任何个人问题。",
            "domain-notes R08; seed 003 \"查找班子和个人\"; seed 004 \"以班子存在的问题代替个人存在的问题\".");
        yield return new(
            RuleIds.PersonalCopyOfTeamProblem, "PersonalCopyOfTeamProblem", Mismatch, High,
            "Personal problem copied from a team problem",
            "个人问题照抄班子问题",
            "Problem {subjectId} is an individual problem with the same text as a team problem of its unit ({related}).",
            "个人问题{subjectId}与本单位班子问题({related})表述相同。",
            "domain-notes R08 (personal problems that duplicate team problems); seed 004.");
        yield return new(
            RuleIds.WorkForFourWinds, "WorkForFourWinds", Mismatch, High,
            "Work problems in place of four-winds problems",
            "以工作问题代替四风问题",
            "Owner {subjectId} lists work problems but no four-winds problem.",
            "{subjectId}查摆了工作问题,却没有查摆任何“四风”问题。",
            "seed 004 \"防止以工作问题代替'四风'问题\" (domain-notes R07).");
        yield return new(
            RuleIds.FocusAvoided, "FocusAvoided", Mismatch, Medium,
            "Focus problems avoided",
            "避重就轻",
            "None of the problems of unit {subjectId} addresses a focus problem of its kind (avoiding the important).",
            "{subjectId}查摆的问题均未涉及本类单位应重点解决的问题(避重就轻)。",
            "seed 003 \"聚焦不够、画像不准、避重就轻\"; seed 001 focus lists per unit kind (domain-notes R10).");
        yield return new(
            RuleIds.RectifierNotOwner, "RectifierNotOwner", Mismatch, Medium,
            "Rectifier is not the owner of the problem",
            "整改责任人非问题责任人",
            "Rectification {subjectId} fixes a personal problem but its responsible person is not that problem's owner.",
            "整改事项{subjectId}针对个人问题,但整改责任人不是问题本人(问题责任到人)。",
            "domain-notes R13 \"问题责任到人\".");
        yield return new(
            RuleIds.NoDeadline, "NoDeadline", Incomplete, High,
            "Scheduled rectification without a deadline",
            "需时整改未定时限",
            "Rectification {subjectId} is scheduled but has no deadline.",
            "整改事项{subjectId}属于需要时间改的,但未明确整改时限。",
            "seed 004 \"需要时间改的要做出安排\" (domain-notes R11).");
        yield return new(
            RuleIds.NoResponsible, "NoResponsible", Incomplete, High,
            "Rectification without a responsible person or unit",
            "整改未明确责任人或责任单位",
            "Rectification {subjectId} has neither a responsible person nor a responsible unit.",
            "整改事项{subjectId}既无责任人也无责任单位。",
            "seed 003 \"明确每项任务牵头领导和责任单位\"; seed 002 \"列出…责任人和时间表\" (domain-notes R13).");
        yield return new(
            RuleIds.ShortEducation, "ShortEducation", Incomplete, Medium,
            "Concentrated education too short",
            "集中教育时间不足",
            "The concentrated-education period of unit {subjectId} is shorter than the minimum.",
            "{subjectId}的集中教育时间少于规定的最短时间。",
            "seed 001 \"集中教育时间一般不少于3个月\" (domain-notes R01).");
        yield return new(
            RuleIds.UnitAtRisk, "UnitAtRisk", Escalation, High,
            "Unit at risk",
            "单位问题突出",
            "Unit {subjectId} has {highFindings} high-severity findings.",
            "{subjectId}有{highFindings}项高严重度问题。",
            "Derived from the other findings by forward chaining (rules.md ESC-001).");
    }
}
