using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Incomplete;

/// <summary>INC-002: neither responsiblePersonId nor responsibleUnitId.</summary>
[ComplianceRule("INC-002", RuleFamily.Incomplete, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Rectification without a responsible person or unit",
    TitleZh = "整改未明确责任人或责任单位",
    MessageEn = "Rectification {subjectId} has neither a responsible person nor a responsible unit.",
    MessageZh = "整改事项{subjectId}既无责任人也无责任单位。",
    Source = "Anhui Daily's review of the first stage: \"明确每项任务牵头领导和责任单位\"; Sichuan's report on its grass-roots mechanism: \"列出办实事好事项目责任人和时间表\".",
    SourceZh = "《安徽省第二批党的群众路线教育实践活动第一环节工作综述》（《安徽日报》）：“明确每项任务牵头领导和责任单位”；四川省“走基层”长效机制报道：“列出办实事好事项目责任人和时间表”。")]
[Name("NoResponsible")]
internal sealed class NoResponsibleRule : Rule
{
    public override void Define()
    {
        RectificationProfile r = null!;
        RuleParameters p = null!;
        When()
            .Match(() => p)
            .Match(() => r, x => x.Rectification.ResponsiblePersonId == null && x.Rectification.ResponsibleUnitId == null);
        Then()
            .Yield(_ => Emit.Rectification<NoResponsibleRule>(p, r));
    }
}
