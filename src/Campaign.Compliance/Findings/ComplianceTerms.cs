using Campaign.Compliance.Catalog;

namespace Campaign.Compliance.Findings;

/// <summary>
/// The names users read for severities, rule families, rule scopes and subject kinds, in English and Chinese. Reports, the
/// rule catalog and the command line all take their words from here, so one term is used everywhere.
/// </summary>
public static class ComplianceTerms
{
    /// <summary>The word for one finding: "finding" or 核查发现 (not 问题线索, which means a lead on a cadre's violation).</summary>
    /// <param name="language">The language.</param>
    public static string Finding(ReportLanguage language) => language == ReportLanguage.Zh ? "核查发现" : "finding";

    /// <summary>The name of a severity, e.g. "high" or 高.</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="language">The language.</param>
    public static string Name(FindingSeverity severity, ReportLanguage language) => (language, severity) switch
    {
        (ReportLanguage.Zh, FindingSeverity.High) => "高",
        (ReportLanguage.Zh, FindingSeverity.Medium) => "中",
        (ReportLanguage.Zh, FindingSeverity.Low) => "低",
        (_, FindingSeverity.High) => "high",
        (_, FindingSeverity.Medium) => "medium",
        (_, FindingSeverity.Low) => "low",
        _ => severity.ToString(),
    };

    /// <summary>The name of a rule family, e.g. "overdue" or 逾期.</summary>
    /// <param name="family">The family.</param>
    /// <param name="language">The language.</param>
    public static string Name(RuleFamily family, ReportLanguage language) => (language, family) switch
    {
        (ReportLanguage.Zh, RuleFamily.Overdue) => "逾期",
        (ReportLanguage.Zh, RuleFamily.Superficial) => "走过场",
        (ReportLanguage.Zh, RuleFamily.Mismatch) => "查摆错位",
        (ReportLanguage.Zh, RuleFamily.Incomplete) => "要素不全",
        (ReportLanguage.Zh, RuleFamily.Escalation) => "综合风险",
        (_, RuleFamily.Overdue) => "overdue",
        (_, RuleFamily.Superficial) => "superficial",
        (_, RuleFamily.Mismatch) => "mismatch",
        (_, RuleFamily.Incomplete) => "incomplete",
        (_, RuleFamily.Escalation) => "escalation",
        _ => family.ToString(),
    };

    /// <summary>The name of a rule scope, e.g. "unit" or 单位内 (docs/rules.md, "Scope").</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="language">The language.</param>
    public static string Name(RuleScope scope, ReportLanguage language) => (language, scope) switch
    {
        (ReportLanguage.Zh, RuleScope.Unit) => "单位内",
        (ReportLanguage.Zh, RuleScope.Dataset) => "全数据集",
        (_, RuleScope.Unit) => "unit",
        (_, RuleScope.Dataset) => "dataset",
        _ => scope.ToString(),
    };

    /// <summary>The name of a kind of record, e.g. "rectification" or 整改事项.</summary>
    /// <param name="subjectType">The kind of record.</param>
    /// <param name="language">The language.</param>
    public static string Name(SubjectType subjectType, ReportLanguage language) => (language, subjectType) switch
    {
        (ReportLanguage.Zh, SubjectType.Unit) => "单位",
        (ReportLanguage.Zh, SubjectType.Person) => "人员",
        (ReportLanguage.Zh, SubjectType.Opinion) => "意见建议",
        (ReportLanguage.Zh, SubjectType.Problem) => "查摆问题",
        (ReportLanguage.Zh, SubjectType.Rectification) => "整改事项",
        (_, SubjectType.Unit) => "unit",
        (_, SubjectType.Person) => "person",
        (_, SubjectType.Opinion) => "opinion",
        (_, SubjectType.Problem) => "problem",
        (_, SubjectType.Rectification) => "rectification",
        _ => subjectType.ToString(),
    };
}
