using BenchmarkDotNet.Attributes;
using Campaign.Compliance;
using Campaign.Compliance.Tests.Reference;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;

namespace Campaign.Benchmarks.Compliance;

/// <summary>
/// A full check of a dataset held in memory (engine session, insert every fact, fire, collect and order the
/// findings) on the indexed runtime and on NRules' runtime, against the reference evaluator (the rule catalog written
/// with dictionaries and LINQ). Target: ≤ 3× the reference at every preset. Few iterations: the province takes seconds
/// per operation (filter on the district and county cases, or run the province with patience).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class FullCheckBenchmark
{
    private CampaignDataset _dataset = null!;
    private ComplianceChecker _checker = null!;
    private ComplianceChecker _nrulesChecker = null!;
    private DateOnly _asOf;

    /// <summary>The generated preset.</summary>
    [ParamsSource(nameof(PresetValues))]
    public DatasetPreset Preset { get; set; }

    /// <summary>The presets (see <see cref="Presets.Chosen"/>).</summary>
    public static IEnumerable<DatasetPreset> PresetValues => Presets.Chosen(DatasetPreset.District, DatasetPreset.County, DatasetPreset.Province);

    /// <summary>Generates the dataset and compiles the rules once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dataset = Presets.Dataset(Preset);
        _asOf = Presets.AsOf(_dataset);
        _checker = new ComplianceChecker();
        _nrulesChecker = new ComplianceChecker(new ComplianceOptions { Engine = RuleEngine.NRules });
    }

    /// <summary>The baseline: the reference evaluator.</summary>
    [Benchmark(Baseline = true)]
    public int Reference() => ReferenceEvaluator.Evaluate(_dataset, _asOf).Count;

    /// <summary>The check on the indexed runtime (the default).</summary>
    [Benchmark]
    public int Check() => _checker.Check(_dataset, _asOf).Findings.Count;

    /// <summary>The same check on NRules' runtime.</summary>
    [Benchmark]
    public int CheckOnNRules() => _nrulesChecker.Check(_dataset, _asOf).Findings.Count;
}
