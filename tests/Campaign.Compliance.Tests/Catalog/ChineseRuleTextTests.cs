using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Tests.Catalog;

/// <summary>The Chinese titles and messages of the shipped rules: full-width punctuation, and 核查发现 as the word for a finding.</summary>
public sealed class ChineseRuleTextTests
{
    public static TheoryData<string> RuleIds() => new(ComplianceRuleCatalog.Shipped.Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ChineseTitleAndMessage_UseFullWidthPunctuation(string ruleId)
    {
        var rule = ComplianceRuleCatalog.Shipped.Get(ruleId);

        foreach (var text in new[] { rule.Title(ReportLanguage.Zh), rule.MessageTemplate(ReportLanguage.Zh) })
        {
            text.Should().NotContainAny([",", "(", ")", ":", ";"], $"{ruleId}'s Chinese text uses ，（）：；");
            text.Should().NotContain("问题线索", "a finding is a 核查发现");
        }
    }
}
