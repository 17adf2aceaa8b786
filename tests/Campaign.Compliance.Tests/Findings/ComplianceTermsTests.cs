using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Tests.Findings;

public sealed class ComplianceTermsTests
{
    [Theory]
    [InlineData(RuleScope.Unit, "unit", "单位内")]
    [InlineData(RuleScope.Dataset, "dataset", "全数据集")]
    public void Scope_HasANameInEachLanguage(RuleScope scope, string english, string chinese)
    {
        ComplianceTerms.Name(scope, ReportLanguage.En).Should().Be(english);
        ComplianceTerms.Name(scope, ReportLanguage.Zh).Should().Be(chinese);
    }

    [Fact]
    public void EveryScope_IsNamed_AndTheNamesDiffer()
    {
        foreach (var language in Enum.GetValues<ReportLanguage>())
        {
            var names = Enum.GetValues<RuleScope>().Select(s => ComplianceTerms.Name(s, language)).ToArray();
            names.Should().OnlyHaveUniqueItems().And.NotContain(n => Enum.GetNames<RuleScope>().Contains(n));
        }
    }
}
