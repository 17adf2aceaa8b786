namespace Campaign.Compliance.Tests.Docs;

/// <summary>Keeps the user rule of docs/rules.md honest: its C# block is, line for line, the rule the tests compile and run.</summary>
public class RulesDocUserRuleTests
{
    [Fact]
    public void RulesMd_UserRuleBlock_IsTheCompiledLongMeasureRule()
    {
        var root = ReadmeQuickStartTests.RepositoryRoot();
        var doc = File.ReadAllLines(Path.Combine(root, "docs", "rules.md"));
        var section = doc.SkipWhile(l => l != "## Adding your own rules").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        var source = File.ReadAllLines(Path.Combine(root, "tests", "Campaign.Compliance.Tests", "UserRules", "LongMeasureRule.cs"))
            .Select(l => l.Trim())
            .ToList();

        var blocks = ReadmeQuickStartTests.CSharpBlocks(section);

        blocks.Should().ContainSingle("the section shows one user rule");
        blocks[0].Should().Contain(l => l.Contains("[ComplianceRule(", StringComparison.Ordinal)).And.Contain(l => l.Contains("RuleScope.", StringComparison.Ordinal));
        ReadmeQuickStartTests.ContainsRun(source, blocks[0]).Should().BeTrue("the block of docs/rules.md must be the text of LongMeasureRule.cs");
    }
}
