using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Mismatch;

/// <summary>MIS-006: one of its problems is owned by a person P and responsiblePersonId is not P (absent counts as not P).</summary>
[ComplianceRule("MIS-006", RuleFamily.Mismatch, FindingSeverity.Medium, RuleScope.Unit,
    TitleEn = "Rectifier is not the owner of the problem",
    TitleZh = "整改责任人非问题责任人",
    MessageEn = "Rectification {subjectId} fixes a personal problem but its responsible person is not that problem's owner.",
    MessageZh = "整改事项{subjectId}针对个人问题，但整改责任人不是问题本人（问题责任到人）。",
    Source = "Commentary on the \"three guards\": \"全局问题人人有份，局部问题责任到人\"; Anhui Daily's review of the first stage: \"明确每项任务牵头领导和责任单位\".",
    SourceZh = "网上评论文章论“三防”：“全局问题人人有份，局部问题责任到人”；《安徽省第二批党的群众路线教育实践活动第一环节工作综述》（《安徽日报》）：“明确每项任务牵头领导和责任单位”。")]
[Name("RectifierNotOwner")]
internal sealed class RectifierNotOwnerRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r)
            .Exists<RectificationProblem>(l => l.RectificationId == r.RectificationId, l => l.OwnerPersonId != null, l => l.OwnerPersonId != r.Rectification.ResponsiblePersonId);
        Then()
            .Yield(_ => Emit.Rectification<RectifierNotOwnerRule>(p, r));
    }
}
