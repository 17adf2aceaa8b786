namespace Campaign.Compliance.Tests.Reference;

/// <summary>One finding of the <see cref="ReferenceEvaluator"/>, shaped as rules.md's "Findings" (without the message).</summary>
/// <param name="RuleId">The rule id, e.g. <c>OVD-001</c>.</param>
/// <param name="Severity">The effective severity: <c>low</c>, <c>medium</c> or <c>high</c>.</param>
/// <param name="SubjectType"><c>unit</c>, <c>person</c>, <c>opinion</c>, <c>problem</c> or <c>rectification</c>.</param>
/// <param name="SubjectId">The subject's id.</param>
/// <param name="UnitId">The unit of the finding.</param>
/// <param name="Related">Ids of the other records involved, distinct and sorted (ordinal).</param>
/// <param name="Details">Rule-specific numbers (days as whole numbers, rates as fractions).</param>
public sealed record ReferenceFinding(
    string RuleId,
    string Severity,
    string SubjectType,
    string SubjectId,
    string UnitId,
    IReadOnlyList<string> Related,
    IReadOnlyDictionary<string, double> Details)
{
    /// <summary>The identity of the finding: (rule id, subject type, subject id).</summary>
    public (string RuleId, string SubjectType, string SubjectId) Key => (RuleId, SubjectType, SubjectId);

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {SubjectType} {SubjectId} @{UnitId} [{Severity}]";
}
