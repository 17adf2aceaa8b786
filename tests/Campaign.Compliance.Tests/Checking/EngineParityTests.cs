using Campaign.Compliance.Reporting;
using Campaign.Compliance.Tests.UserRules;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Checking;

/// <summary>
/// The same NRules rules on both runtimes give byte-identical JSON reports. NRules' runtime does not index joins, so
/// datasets of county size run partitioned on both (the parts are small), and only small ones in one session.
/// </summary>
public class EngineParityTests
{
    private static readonly DateOnly AsOf = new(2014, 8, 31);

    [Fact]
    public void Check_DistrictSmallExample_GivesTheSameJsonOnBothEngines()
    {
        var dataset = CampaignDatasetReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "district-small.json"));

        AssertSameJson(dataset, new DateOnly(2014, 7, 15), () => new ComplianceOptions(), partitioned: false);
    }

    [Theory]
    [InlineData(DatasetPreset.District, 1, false)]
    [InlineData(DatasetPreset.District, 2, false)]
    [InlineData(DatasetPreset.District, 3, true)]
    [InlineData(DatasetPreset.County, 1, true)]
    public void Check_GeneratedPreset_GivesTheSameJsonOnBothEngines(DatasetPreset preset, int seed, bool partitioned)
    {
        var dataset = CampaignGenerator.Generate(preset, seed);

        AssertSameJson(dataset, AsOf, () => new ComplianceOptions(), partitioned);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Check_RandomDatasetWithVariedOptions_GivesTheSameJsonOnBothEngines(int seed, bool partitioned)
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.Boundaries, seed, new GeneratorOptions { Scale = 2 });

        AssertSameJson(dataset, new DateOnly(2014, 9, 15), () =>
        {
            var options = new ComplianceOptions { BoilerplateMinOwners = 2, AtRiskThreshold = 3, ClaimWindowDays = 20, FocusLists = ["C", "WD"] };
            options.SeverityOverrides["SUP-006"] = Compliance.Findings.FindingSeverity.High;
            options.DisabledRules.Add("MIS-005");
            return options;
        }, partitioned);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_WithUserRulesOfEveryStage_GivesTheSameJsonOnBothEngines(bool partitioned)
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.District, 4);

        var json = AssertSameJson(dataset, AsOf, () => new ComplianceOptions
        {
            RuleTypes = { typeof(LongMeasureRule), typeof(SharedMeasureRule), typeof(ManyFindingsRule) },
        }, partitioned);

        json.Should().Contain("\"USR-001\"").And.Contain("\"USR-003\"").And.Contain("\"USR-004\"");
    }

    /// <summary>Checks on both engines and asserts the JSON reports are the same bytes; returns the report's text.</summary>
    internal static string AssertSameJson(CampaignDataset dataset, DateOnly asOf, Func<ComplianceOptions> options, bool partitioned)
    {
        var indexed = Json(dataset, asOf, options(), RuleEngine.Indexed, partitioned);
        var nrules = Json(dataset, asOf, options(), RuleEngine.NRules, partitioned);

        var text = System.Text.Encoding.UTF8.GetString(indexed);
        System.Text.Encoding.UTF8.GetString(nrules).Should().Be(text);
        nrules.Should().Equal(indexed);
        text.Should().Contain("\"ruleId\"", "the dataset gives findings");
        return text;
    }

    private static byte[] Json(CampaignDataset dataset, DateOnly asOf, ComplianceOptions options, RuleEngine engine, bool partitioned)
    {
        options.Engine = engine;
        options.MaxDegreeOfParallelism = partitioned ? 2 : 1;
        var checker = new ComplianceChecker(options) { MinPartitionedRecords = 0, PartRecords = 400 };
        var report = checker.Check(dataset, asOf);
        checker.PartitionedRulesCompiled.Should().Be(partitioned);
        using var stream = new MemoryStream();
        new JsonReportWriter().Write(report, stream);
        return stream.ToArray();
    }
}
