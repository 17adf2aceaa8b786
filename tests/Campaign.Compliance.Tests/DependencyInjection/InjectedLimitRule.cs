using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Rectifications;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.DependencyInjection;

/// <summary>A service for <see cref="InjectedLimitRule"/>.</summary>
public sealed record MeasureLimit(int Characters);

/// <summary>A user rule built by the container: its limit comes through the constructor.</summary>
[ComplianceRule("USR-010")]
[Name("InjectedLimit")]
public sealed class InjectedLimitRule : Rule
{
    private static readonly ComplianceRuleDescriptor Descriptor = new(
        "USR-010", "InjectedLimit", RuleFamily.Superficial, FindingSeverity.Low,
        "Measure over the limit", "措施超长", "{subjectId} is over the limit.", "{subjectId}超长。", "Test.");

    private readonly int _limit;

    public InjectedLimitRule(MeasureLimit limit) => _limit = limit.Characters;

    public override void Define()
    {
        var limit = _limit;
        Rectification r = null!;
        When().Match(() => r, x => x.Measure.Length > limit);
        Then().Yield(() => new Finding(Descriptor, Descriptor.DefaultSeverity, SubjectType.Rectification, r.Id, "U-1", null, null, null));
    }
}
