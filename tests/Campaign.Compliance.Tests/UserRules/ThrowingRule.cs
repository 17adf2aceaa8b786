using Campaign.Compliance.Catalog;
using Campaign.Domain.Rectifications;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.UserRules;

/// <summary>A user rule whose action always throws.</summary>
[ComplianceRule("USR-002")]
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
