using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>
/// SUP-006: a text shared by problems of at least BoilerplateMinOwners distinct owner keys flags every problem
/// of the group (details: owners; related ids are left out, groups can be large). One aggregate per distinct text, joined back to its problems by the text.
/// </summary>
[ComplianceRule(RuleIds.BoilerplateProblem)]
[Name("BoilerplateProblem")]
internal sealed class BoilerplateProblemRule : Rule
{
    public override void Define()
    {
        ProblemText t = null!;
        IEnumerable<ProblemProfile> group = null!;
        int owners = 0;
        RuleParameters p = null!;
        ProblemProfile x = null!;
        When()
            .Match(() => p)
            .Match(() => t)
            .Query(() => group, q => q.Match<ProblemProfile>(m => m.NormalizedText == t.NormalizedText).Collect())
            .Having(() => Conditions.Count(group) >= p.BoilerplateMinOwners)
            .Let(() => owners, () => Conditions.DistinctOwners(group))
            .Having(() => owners >= p.BoilerplateMinOwners)
            .Match(() => x, m => m.NormalizedText == t.NormalizedText);
        Then()
            .Yield(() => Emit.Problem(RuleIds.BoilerplateProblem, p, x, Array.Empty<string>(), FindingDetails.Of("owners", owners)));
    }
}
