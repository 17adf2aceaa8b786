using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Rectifications;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.DependencyInjection;

/// <summary>A service for <see cref="InjectedLimitRule"/>.</summary>
public sealed record MeasureLimit(int Characters);

/// <summary>A user rule built by the container: its limit comes through the constructor.</summary>
[ComplianceRule("USR-010", RuleFamily.Superficial, FindingSeverity.Low, RuleScope.Unit,
    TitleEn = "Measure over the limit", TitleZh = "措施超长", MessageEn = "{subjectId} is over the limit.", MessageZh = "{subjectId}超长。", Source = "Test.", SourceZh = "测试。")]
[Name("InjectedLimit")]
public sealed class InjectedLimitRule : Rule
{
    private static readonly ComplianceRuleDescriptor Descriptor = ComplianceRuleDescriptor.Of<InjectedLimitRule>();

    private readonly int _limit;

    public InjectedLimitRule(MeasureLimit limit) => _limit = limit.Characters;

    public override void Define()
    {
        var limit = _limit;
        Rectification r = null!;
        When().Match(() => r, x => x.Measure.Length > limit);
        Then().Yield(_ => new Finding(Descriptor, Descriptor.DefaultSeverity, SubjectType.Rectification, r.Id, "U-1", null, null, null));
    }
}
