using BenchmarkDotNet.Attributes;
using Campaign.Benchmarks.Compliance;
using Campaign.Compliance;
using Campaign.Domain.EntityFrameworkCore;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;

namespace Campaign.Benchmarks.Store;

/// <summary>
/// <c>campaign check --db STORE</c> (load the dataset from SQLite, check it) against <c>campaign check FILE</c> (read
/// the JSON file, check it). Target (issue 17): the check from the store within 1.5× the check from JSON.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StoreCheckBenchmark
{
    private string _directory = "";
    private string _datasetPath = "";
    private CampaignStore _store = null!;
    private ComplianceChecker _checker = null!;

    /// <summary>The generated preset.</summary>
    [ParamsSource(nameof(PresetValues))]
    public DatasetPreset Preset { get; set; }

    /// <summary>The presets (see <see cref="Presets.Chosen"/>).</summary>
    public static IEnumerable<DatasetPreset> PresetValues => Presets.Chosen(DatasetPreset.County, DatasetPreset.Province);

    /// <summary>Writes the dataset file and imports it into the store.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "campaign-store-check-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(_directory);
        _datasetPath = Path.Combine(_directory, Preset + ".json");
        CampaignDatasetWriter.WriteFile(Presets.Dataset(Preset), _datasetPath);
        _store = CampaignStore.Sqlite(Path.Combine(_directory, "ledger.db"));
        _store.ImportAsync(CampaignDatasetReader.ReadFile(_datasetPath)).GetAwaiter().GetResult();
        _checker = new ComplianceChecker();
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The baseline: read the JSON file and check it.</summary>
    [Benchmark(Baseline = true)]
    public int CheckFromJson()
    {
        var dataset = CampaignDatasetReader.ReadFile(_datasetPath);
        return _checker.Check(dataset, Presets.AsOf(dataset)).Findings.Count;
    }

    /// <summary>Load the dataset from the store and check it.</summary>
    [Benchmark]
    public int CheckFromSqlite()
    {
        var dataset = _store.LoadAsync().GetAwaiter().GetResult();
        return _checker.Check(dataset, Presets.AsOf(dataset)).Findings.Count;
    }
}
