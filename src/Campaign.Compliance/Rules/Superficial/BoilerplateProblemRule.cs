using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Rules.Superficial;

/// <summary>
/// SUP-006: a text shared by problems of at least BoilerplateMinOwners distinct owner keys flags every problem
/// of the group (details: owners; related ids are left out, groups can be large). One aggregate per distinct text, joined back to its problems by the text.
/// </summary>
[ComplianceRule("SUP-006", RuleFamily.Superficial, FindingSeverity.Medium, RuleScope.Dataset,
    TitleEn = "Boilerplate problem",
    TitleZh = "照搬照用的问题",
    MessageEn = "Problem {subjectId} has the same text as problems of {owners} different owners (copied, 照搬照用).",
    MessageZh = "问题{subjectId}与{owners}个不同主体的问题表述完全相同（照搬照用）。",
    Source = "Commentary: \"把一些不痛不痒的共性问题往自己身上套，使对照检查变成照着检查\" (an online commentary on the \"three guards\").",
    SourceZh = "网上评论文章论“三防”：“把一些不痛不痒的共性问题往自己身上套，使对照检查变成照着检查”。")]
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
            .Yield(_ => Emit.Problem<BoilerplateProblemRule>(p, x, Array.Empty<string>(), FindingDetails.Of("owners", owners)));
    }
}
