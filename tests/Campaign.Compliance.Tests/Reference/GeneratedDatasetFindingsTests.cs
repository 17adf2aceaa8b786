using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Reference;

/// <summary>The generated presets break every rule in a realistic share, as seen by the reference evaluator.</summary>
public class GeneratedDatasetFindingsTests
{
    public static TheoryData<DatasetPreset> SmallPresets => new() { DatasetPreset.District, DatasetPreset.County };

    [Theory]
    [MemberData(nameof(SmallPresets))]
    public void Generate_Preset_HasAFindingOfEveryRule(DatasetPreset preset)
    {
        var dataset = CampaignGenerator.Generate(preset);

        var findings = ReferenceEvaluator.Evaluate(dataset, dataset.Campaign.AsOf!.Value);

        findings.Select(f => f.RuleId).Distinct().Should().BeEquivalentTo(ReferenceEvaluator.RuleIds);
    }

    [Fact]
    public void Generate_County_BreaksEachRecordRuleInOnlyAFewPercent()
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.County);

        var findings = ReferenceEvaluator.Evaluate(dataset, dataset.Campaign.AsOf!.Value);

        var bySubjectType = new Dictionary<string, int>
        {
            ["rectification"] = dataset.Rectifications.Count,
            ["problem"] = dataset.Problems.Count,
            ["opinion"] = dataset.Opinions.Count,
        };
        foreach (var rule in findings.Where(f => bySubjectType.ContainsKey(f.SubjectType)).GroupBy(f => (f.RuleId, f.SubjectType)))
        {
            var share = (double)rule.Count() / bySubjectType[rule.Key.SubjectType];
            share.Should().BeInRange(0.001, 0.08, $"{rule.Key.RuleId} should break in a few percent of {rule.Key.SubjectType} records");
        }
    }
}
