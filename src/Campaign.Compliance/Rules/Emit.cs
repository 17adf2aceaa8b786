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

    public static Finding Rectification(string ruleId, RuleParameters parameters, RectificationProfile r, FindingDetails details)
    {
        var problemIds = DistinctIds(r.Rectification.ProblemIds);
        return new(Catalog.Get(ruleId), parameters.SeverityOf(ruleId), SubjectType.Rectification, r.RectificationId, r.UnitId,
            problemIds, details, [r.RectificationId, .. problemIds]);
    }

    /// <summary>The ids without repeats, first occurrences in order; the list itself when it has none (nearly always).</summary>
    internal static IReadOnlyList<string> DistinctIds(IReadOnlyList<string> ids)
    {
        if (ids.Count > 16)
        {
            return ids.Distinct(StringComparer.Ordinal).ToArray();
        }

        for (var i = 1; i < ids.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(ids[i], ids[j], StringComparison.Ordinal))
                {
                    return ids.Distinct(StringComparer.Ordinal).ToArray();
                }
            }
        }

        return ids;
    }

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
