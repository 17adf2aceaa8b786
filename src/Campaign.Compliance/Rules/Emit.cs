using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Rules;

/// <summary>
/// Makes the findings of the shipped rules with their effective severity and the unit of the finding
/// (rules.md, Terms). The rule is the type argument, so its descriptor is read once from its declaration. Overloads
/// instead of optional parameters: these calls live in expression trees.
/// </summary>
internal static class Emit
{
    public static Finding Rectification<TRule>(RuleParameters parameters, RectificationProfile r)
        where TRule : NRules.Fluent.Dsl.Rule =>
        Rectification<TRule>(parameters, r, FindingDetails.Empty);

    public static Finding Rectification<TRule>(RuleParameters parameters, RectificationProfile r, FindingDetails details)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        var problemIds = DistinctIds(r.Rectification.ProblemIds);
        return new(Declared<TRule>.Rule, parameters.SeverityOf(Declared<TRule>.Rule.Id), SubjectType.Rectification, r.RectificationId, r.UnitId,
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

    public static Finding Rectification<TRule>(RuleParameters parameters, RectificationProfile r, string days, int value)
        where TRule : NRules.Fluent.Dsl.Rule =>
        Rectification<TRule>(parameters, r, FindingDetails.Of(days, value));

    public static Finding Problem<TRule>(RuleParameters parameters, ProblemProfile p)
        where TRule : NRules.Fluent.Dsl.Rule =>
        Problem<TRule>(parameters, p, [], FindingDetails.Empty);

    public static Finding Problem<TRule>(RuleParameters parameters, ProblemProfile p, IEnumerable<string> related, FindingDetails details)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        var relatedIds = related.ToArray();
        return new(Declared<TRule>.Rule, parameters.SeverityOf(Declared<TRule>.Rule.Id), SubjectType.Problem, p.ProblemId, p.UnitId, relatedIds, details, [p.ProblemId, .. relatedIds]);
    }

    public static Finding Opinion<TRule>(RuleParameters parameters, Opinion o)
        where TRule : NRules.Fluent.Dsl.Rule => Opinion<TRule>(parameters, o, []);

    public static Finding Opinion<TRule>(RuleParameters parameters, Opinion o, IEnumerable<string> related)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        var relatedIds = related.ToArray();
        return new(Declared<TRule>.Rule, parameters.SeverityOf(Declared<TRule>.Rule.Id), SubjectType.Opinion, o.Id, o.UnitId, relatedIds, FindingDetails.Empty, [o.Id, .. relatedIds]);
    }

    public static Finding Person<TRule>(RuleParameters parameters, Person person)
        where TRule : NRules.Fluent.Dsl.Rule =>
        new(Declared<TRule>.Rule, parameters.SeverityOf(Declared<TRule>.Rule.Id), SubjectType.Person, person.Id, person.UnitId);

    public static Finding Unit<TRule>(RuleParameters parameters, Unit unit)
        where TRule : NRules.Fluent.Dsl.Rule => Unit<TRule>(parameters, unit.Id);

    public static Finding Unit<TRule>(RuleParameters parameters, string unitId)
        where TRule : NRules.Fluent.Dsl.Rule =>
        new(Declared<TRule>.Rule, parameters.SeverityOf(Declared<TRule>.Rule.Id), SubjectType.Unit, unitId, unitId);

    public static Finding Owner<TRule>(RuleParameters parameters, ProblemOwnerFact owner)
        where TRule : NRules.Fluent.Dsl.Rule =>
        new(Declared<TRule>.Rule, parameters.SeverityOf(Declared<TRule>.Rule.Id), owner.SubjectType, owner.SubjectId, owner.UnitId);

    public static Finding UnitAtRisk<TRule>(RuleParameters parameters, Unit unit, IEnumerable<Finding> high)
        where TRule : NRules.Fluent.Dsl.Rule
    {
        var keys = high.Select(f => f.RuleId + "/" + f.SubjectId).Order(StringComparer.Ordinal).ToArray();
        return new(Declared<TRule>.Rule, parameters.SeverityOf(Declared<TRule>.Rule.Id), SubjectType.Unit, unit.Id, unit.Id,
            [], FindingDetails.Of("highFindings", keys.Length), [unit.Id, .. keys]);
    }

    /// <summary>The descriptor of a rule class, read once per class.</summary>
    private static class Declared<TRule>
        where TRule : NRules.Fluent.Dsl.Rule
    {
        public static readonly ComplianceRuleDescriptor Rule = ComplianceRuleDescriptor.Of<TRule>();
    }
}
