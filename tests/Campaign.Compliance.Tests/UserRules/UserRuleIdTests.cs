using Campaign.Domain.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Campaign.Compliance.Tests.UserRules;

public class UserRuleIdTests
{
    private static string Name<T>() => typeof(T).FullName!;

    [Fact]
    public void Checker_UserRuleWithAShippedRulesId_IsRefused()
    {
        var options = new ComplianceOptions { RuleTypes = { typeof(IllDeclaredRules<int>.CollidingRule) } };

        var act = () => new ComplianceChecker(options);

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            $"ruleTypes[0]: the rule class {Name<IllDeclaredRules<int>.CollidingRule>()} declares the id 'OVD-001', which is the shipped rule RectificationOverdue's; a user rule needs an id of its own (to change a shipped rule, disable it and add yours under a new id).");
    }

    [Fact]
    public void Checker_PartOfAUserRuleWithAShippedRulesId_IsRefusedToo()
    {
        var options = new ComplianceOptions { RuleTypes = { typeof(IllDeclaredRules<int>.CollidingPartRule) } };

        var act = () => new ComplianceChecker(options);

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().ContainSingle()
            .Which.Should().StartWith($"ruleTypes[0]: the rule class {Name<IllDeclaredRules<int>.CollidingPartRule>()} declares the id 'OVD-001', which is the shipped rule RectificationOverdue's");
    }

    [Fact]
    public void Checker_UserRuleWhoseDescriptorHasAnotherId_IsRefused()
    {
        var options = new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule), typeof(IllDeclaredRules<int>.MismatchedDescriptorRule) } };

        var act = () => new ComplianceChecker(options);

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            $"ruleTypes[1]: the rule class {Name<IllDeclaredRules<int>.MismatchedDescriptorRule>()} declares the id 'USR-020' but its descriptor Descriptor has the id 'USR-021'; use ComplianceRuleDescriptor.Of<MismatchedDescriptorRule>() so the two cannot differ.");
    }

    [Fact]
    public void Checker_TwoUserRulesWithOneId_AreRefused()
    {
        var options = new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule), typeof(IllDeclaredRules<int>.TwinRule) } };

        var act = () => new ComplianceChecker(options);

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            $"ruleTypes[1]: the rule class {Name<IllDeclaredRules<int>.TwinRule>()} declares the id 'USR-001', which {Name<LongMeasureRule>()} declares too; give each rule an id of its own (a rule of several classes marks the others [ComplianceRulePart]).");
    }

    [Fact]
    public void Validate_UndeclaredAndIncompleteRules_ListEveryProblemTogether()
    {
        var options = new ComplianceOptions
        {
            RuleTypes = { typeof(IllDeclaredRules<int>.UndeclaredRule), typeof(IllDeclaredRules<int>.IncompleteRule) },
            AtRiskThreshold = 0,
        };

        var act = options.Validate;

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            $"ruleTypes[0]: the rule class {Name<IllDeclaredRules<int>.UndeclaredRule>()} declares no compliance rule; add [ComplianceRule(id, family, severity, scope, TitleEn = …, TitleZh = …, MessageEn = …, MessageZh = …, Source = …, SourceZh = …)] or [ComplianceRulePart(typeof(…))].",
            $"ruleTypes[1]: the rule class {Name<IllDeclaredRules<int>.IncompleteRule>()} declares no TitleZh in its [ComplianceRule].",
            $"ruleTypes[1]: the rule class {Name<IllDeclaredRules<int>.IncompleteRule>()} declares no Source in its [ComplianceRule].",
            $"ruleTypes[1]: the rule class {Name<IllDeclaredRules<int>.IncompleteRule>()} declares no SourceZh in its [ComplianceRule].",
            "atRiskThreshold: must be at least 1 (was 0).");
    }

    [Fact]
    public void AddCampaignCompliance_UserRuleWithAShippedRulesId_FailsOnFirstUse()
    {
        var services = new ServiceCollection()
            .AddCampaignCompliance(o => o.RuleTypes.Add(typeof(IllDeclaredRules<int>.CollidingRule)));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ComplianceChecker>();

        act.Should().Throw<OptionsValidationException>().WithMessage("*declares the id 'OVD-001', which is the shipped rule RectificationOverdue's*");
    }

    [Fact]
    public void Check_ShippedRuleIdsKeepTheirOwnFindings_WhenAUserRuleIsLoaded()
    {
        var dataset = new DatasetBuilder()
            .Problem("PR-1")
            .Rectification("R-1", measure: "每月召开群众座谈会并公开记录,整改台账逐项销号并张榜公布", deadline: new DateOnly(2014, 5, 1))
            .Build();

        var report = new ComplianceChecker(new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule) } }).Check(dataset, new DateOnly(2014, 7, 15));

        report.Findings.Where(f => f.RuleId == "OVD-001").Should().ContainSingle().Which.Rule.Name.Should().Be("RectificationOverdue");
        report.Findings.Where(f => f.RuleId == "USR-001").Should().ContainSingle().Which.Rule.Name.Should().Be("LongMeasure");
    }
}
