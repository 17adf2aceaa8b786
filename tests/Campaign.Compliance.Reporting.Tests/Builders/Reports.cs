using Campaign.Compliance;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Reporting.Tests.Builders;

/// <summary>Small hand-built reports for the report writers, independent of the rules.</summary>
internal static class Reports
{
    public static Finding Finding(
        string ruleId, string subjectId, string unitId, FindingSeverity? severity = null, SubjectType? subjectType = null,
        string[]? related = null, (string Key, double Value)[]? details = null)
    {
        var rule = ComplianceRuleCatalog.Shipped.Get(ruleId);
        return new Finding(
            rule,
            severity ?? rule.DefaultSeverity,
            subjectType ?? SubjectType.Rectification,
            subjectId,
            unitId,
            related,
            details is null ? null : FindingDetails.From(details.Select(d => new KeyValuePair<string, double>(d.Key, d.Value))));
    }

    public static ComplianceReport Of(params Finding[] findings) =>
        new(new DateOnly(2014, 7, 15), new DatasetSummary("魏都区(示例)", 5, 6, 4, 13, 9), findings);

    /// <summary>Three findings in two units, with details, related ids and Chinese text.</summary>
    public static ComplianceReport Sample() => Of(
        Finding("OVD-001", "R-03", "U-WD", related: ["PR-03"], details: [("daysOverdue", 15)]),
        Finding("SUP-003", "R-10", "U-ZWFW", details: [("satisfiedRate", 0.86)]),
        Finding("MIS-002", "P-03", "U-WD", subjectType: SubjectType.Person));
}
