// What an app that references the packages does: generate and write a dataset, read it back, register a rule of
// its own through dependency injection, check, and compare the rule's findings with what the data says.
using Campaign.Compliance;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;
using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;

var path = Path.Combine(Path.GetTempPath(), $"consumer-{Guid.NewGuid():N}.json");
try
{
    var generated = CampaignGenerator.Generate(DatasetPreset.District, seed: 3);
    CampaignDatasetWriter.WriteFile(generated, path);

    var dataset = CampaignDatasetReader.ReadFile(path);

    var services = new ServiceCollection();
    services.AddSingleton(new MeasureLimit(20));
    services.AddCampaignCompliance(options => options.RuleTypes.Add(typeof(LongMeasureRule)));
    using var provider = services.BuildServiceProvider();
    var checker = provider.GetRequiredService<ComplianceChecker>();
    var report = checker.Check(dataset, dataset.Campaign.AsOf ?? new DateOnly(2014, 7, 15));

    var expected = dataset.Rectifications.Where(r => r.Measure.Length > 20).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
    var actual = report.Findings.Where(f => f.RuleId == "USR-001").Select(f => f.SubjectId).Order(StringComparer.Ordinal).ToList();
    Require(expected.Count > 0, "the generated dataset has rectifications with long measures");
    Require(expected.SequenceEqual(actual), $"USR-001 flagged {actual.Count} rectifications; the data has {expected.Count} with long measures");
    Require(report.Findings.Any(f => f.RuleId != "USR-001"), "the shipped rules reported findings too");
    Require(report.RuleFailures.Count == 0, "no rule failed");
    Console.WriteLine($"consumer: {dataset.Units.Count} units checked, {report.Findings.Count} findings, USR-001 on {actual.Count} rectifications");
    return 0;
}
finally
{
    File.Delete(path);
}

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("consumer check failed: " + what);
    }
}

public sealed record MeasureLimit(int Characters);

[ComplianceRule("USR-001", RuleFamily.Superficial, FindingSeverity.Medium, RuleScope.Unit,
    TitleEn = "Long measure",
    TitleZh = "整改措施过长",
    MessageEn = "The measure of rectification {subjectId} is long.",
    MessageZh = "整改事项{subjectId}的措施过长。",
    Source = "Consumer test (a user rule with a constructor dependency).",
    SourceZh = "消费方测试（带构造函数依赖的用户规则）。")]
[Name("LongMeasure")]
public sealed class LongMeasureRule(MeasureLimit limit) : Rule
{
    public override void Define()
    {
        Rectification r = null!;
        Problem first = null!;
        var characters = limit.Characters;
        When()
            .Match(() => r, x => x.Measure.Length > characters)
            .Match(() => first, p => p.Id == r.ProblemIds[0]);
        Then()
            .Yield(_ => new Finding(ComplianceRuleDescriptor.Of<LongMeasureRule>(), FindingSeverity.Medium, SubjectType.Rectification, r.Id, first.UnitId, r.ProblemIds, null, null));
    }
}
