using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Rules;

/// <summary>
/// Makes the findings of the shipped rules with their effective severity and the unit of the finding
/// (rules.md, Terms). Overloads instead of optional parameters: these calls live in expression trees.
/// </summary>
internal static class Emit
{
    private static readonly ComplianceRuleCatalog Catalog = ComplianceRuleCatalog.Shipped;

    public static Finding Rectification(string ruleId, RuleParameters parameters, RectificationProfile r) =>
        Rectification(ruleId, parameters, r, FindingDetails.Empty);

    public static Finding Rectification(string ruleId, RuleParameters parameters, RectificationProfile r, FindingDetails details) =>
        new(Catalog.Get(ruleId), parameters.SeverityOf(ruleId), SubjectType.Rectification, r.RectificationId, r.UnitId,
            r.Rectification.ProblemIds.Distinct(StringComparer.Ordinal), details, [r.RectificationId, .. r.Rectification.ProblemIds.Distinct(StringComparer.Ordinal)]);

    public static Finding Rectification(string ruleId, RuleParameters parameters, RectificationProfile r, string days, int value) =>
        Rectification(ruleId, parameters, r, FindingDetails.Of(days, value));

    public static Finding Problem(string ruleId, RuleParameters parameters, ProblemProfile p) =>
        Problem(ruleId, parameters, p, [], FindingDetails.Empty);

    public static Finding Problem(string ruleId, RuleParameters parameters, ProblemProfile p, IEnumerable<string> related, FindingDetails details)
    {
        var relatedIds = related.ToArray();
        return new(Catalog.Get(ruleId), parameters.SeverityOf(ruleId), SubjectType.Problem, p.ProblemId, p.UnitId, relatedIds, details, [p.ProblemId, .. relatedIds]);
    }

    public static Finding Opinion(string ruleId, RuleParameters parameters, Opinion o) => Opinion(ruleId, parameters, o, []);

    public static Finding Opinion(string ruleId, RuleParameters parameters, Opinion o, IEnumerable<string> related)
    {
        var relatedIds = related.ToArray();
        return new(Catalog.Get(ruleId), parameters.SeverityOf(ruleId), SubjectType.Opinion, o.Id, o.UnitId, relatedIds, FindingDetails.Empty, [o.Id, .. relatedIds]);
    }

    public static Finding Person(string ruleId, RuleParameters parameters, Person person) =>
        new(Catalog.Get(ruleId), parameters.SeverityOf(ruleId), SubjectType.Person, person.Id, person.UnitId);

    public static Finding Unit(string ruleId, RuleParameters parameters, Unit unit) => Unit(ruleId, parameters, unit.Id);

    public static Finding Unit(string ruleId, RuleParameters parameters, string unitId) =>
        new(Catalog.Get(ruleId), parameters.SeverityOf(ruleId), SubjectType.Unit, unitId, unitId);

    public static Finding Owner(string ruleId, RuleParameters parameters, ProblemOwnerFact owner) =>
        new(Catalog.Get(ruleId), parameters.SeverityOf(ruleId), owner.SubjectType, owner.SubjectId, owner.UnitId);

    public static Finding UnitAtRisk(RuleParameters parameters, Unit unit, IEnumerable<Finding> high)
    {
        var keys = high.Select(f => f.RuleId + "/" + f.SubjectId).Order(StringComparer.Ordinal).ToArray();
        return new(Catalog.Get(RuleIds.UnitAtRisk), parameters.SeverityOf(RuleIds.UnitAtRisk), SubjectType.Unit, unit.Id, unit.Id,
            [], FindingDetails.Of("highFindings", keys.Length), [unit.Id, .. keys]);
    }
}
