using Campaign.Compliance.Monitoring;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Campaign.Compliance.Tests.DependencyInjection;

public class AddCampaignComplianceTests
{
    [Fact]
    public void AddCampaignCompliance_Resolves_CheckerMonitorFactoryAndSystemClock()
    {
        var services = new ServiceCollection().AddCampaignCompliance(o => o.ClaimWindowDays = 10);
        using var provider = services.BuildServiceProvider();

        var checker = provider.GetRequiredService<ComplianceChecker>();

        checker.Options.ClaimWindowDays.Should().Be(10);
        provider.GetRequiredService<ComplianceChecker>().Should().BeSameAs(checker);
        provider.GetRequiredService<ComplianceMonitorFactory>().Should().NotBeNull();
        provider.GetRequiredService<TimeProvider>().Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public void AddCampaignCompliance_InvalidOptions_ReportsEveryErrorTogether()
    {
        var services = new ServiceCollection().AddCampaignCompliance(o =>
        {
            o.ClaimWindowDays = -1;
            o.SatisfactionTarget = 1.5;
            o.DisabledRules.Add("XYZ-999");
        });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ComplianceChecker>();

        var failures = act.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
        failures.Should().HaveCount(3);
        failures.Should().Contain(f => f.StartsWith("claimWindowDays:", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("satisfactionTarget:", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("disabledRules:", StringComparison.Ordinal) && f.Contains("XYZ-999"));
    }

    [Fact]
    public void AddCampaignCompliance_WithARegisteredTimeProvider_UsesItForTheDefaultDate()
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2014, 8, 20, 9, 0, 0, TimeSpan.Zero)))
            .AddCampaignCompliance();
        using var provider = services.BuildServiceProvider();
        var withDate = new DatasetBuilder().Unit("U-1").Build();
        var dataset = new CampaignDataset(
            new CampaignRun("无日期", CampaignBatch.Second, new DateOnly(2014, 3, 1), new DateOnly(2014, 9, 30)),
            withDate.Units);

        var report = provider.GetRequiredService<ComplianceChecker>().Check(dataset);

        report.AsOf.Should().Be(new DateOnly(2014, 8, 20));
    }

    [Fact]
    public void AddCampaignCompliance_UserRuleWithConstructorInjection_IsBuiltByTheContainer()
    {
        var services = new ServiceCollection()
            .AddSingleton(new MeasureLimit(5))
            .AddCampaignCompliance(o => o.RuleTypes.Add(typeof(InjectedLimitRule)));
        using var provider = services.BuildServiceProvider();

        var report = provider.GetRequiredService<ComplianceChecker>().Check(new DatasetBuilder().Problem("PR-1").Rectification("R-1").Build());

        report.Findings.Should().ContainSingle(f => f.RuleId == "USR-010").Which.SubjectId.Should().Be("R-1");
        report.RuleFailures.Should().BeEmpty();
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
