using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Rectifications;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.UserRules;

/// <summary>A user rule whose action always throws.</summary>
[ComplianceRule("USR-002", RuleFamily.Incomplete, FindingSeverity.Low, RuleScope.Unit,
    TitleEn = "Throws", TitleZh = "抛出异常", MessageEn = "{subjectId}", MessageZh = "{subjectId}", Source = "Test.", SourceZh = "测试。")]
[Name("ThrowingRule")]
public sealed class ThrowingRule : Rule
{
    public override void Define()
    {
        Rectification r = null!;
        When().Match(() => r);
        Then().Do(ctx => Fail(r));
    }

    private static void Fail(Rectification r) => throw new InvalidOperationException("boom on " + r.Id);
}
