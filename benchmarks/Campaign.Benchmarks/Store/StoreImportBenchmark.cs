using BenchmarkDotNet.Attributes;
using Campaign.Benchmarks.Compliance;
using Campaign.Domain.EntityFrameworkCore;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;

namespace Campaign.Benchmarks.Store;

/// <summary>
/// Importing a dataset file into a SQLite store (<c>campaign import FILE --db</c>: read and validate the file, then the
/// bulk transaction), replacing the stored dataset or into a new file, and loading it back (the streaming pass through the JSON reader), against reading the file alone.
/// Targets (issue 17): import within 3× the JSON read.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StoreImportBenchmark
{
    private string _directory = "";
    private string _datasetPath = "";
    private CampaignStore _importStore = null!;
    private CampaignStore _loadStore = null!;

    /// <summary>The generated preset.</summary>
    [ParamsSource(nameof(PresetValues))]
    public DatasetPreset Preset { get; set; }

    /// <summary>The presets (see <see cref="Presets.Chosen"/>).</summary>
    public static IEnumerable<DatasetPreset> PresetValues => Presets.Chosen(DatasetPreset.County, DatasetPreset.Province);

    /// <summary>Writes the dataset file and fills the store the load reads.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "campaign-store-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(_directory);
        _datasetPath = Path.Combine(_directory, Preset + ".json");
        CampaignDatasetWriter.WriteFile(Presets.Dataset(Preset), _datasetPath);
        _importStore = CampaignStore.Sqlite(Path.Combine(_directory, "import.db"));
        _loadStore = CampaignStore.Sqlite(Path.Combine(_directory, "load.db"));
        _loadStore.ImportAsync(CampaignDatasetReader.ReadFile(_datasetPath)).GetAwaiter().GetResult();
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The baseline: read and validate the file.</summary>
    [Benchmark(Baseline = true)]
    public int ReadJson() => CampaignDatasetReader.ReadFile(_datasetPath).Problems.Count;

    /// <summary>Read and validate the file, then import it (replacing the previous iteration's dataset, in the same transaction).</summary>
    [Benchmark]
    public int ImportJsonIntoSqlite()
    {
        var dataset = CampaignDatasetReader.ReadFile(_datasetPath);
        _importStore.ImportAsync(dataset, replace: true).GetAwaiter().GetResult();
        return dataset.Problems.Count;
    }

    /// <summary>Removes the file the next <see cref="ImportJsonIntoNewSqlite"/> creates.</summary>
    [IterationSetup(Target = nameof(ImportJsonIntoNewSqlite))]
    public void RemoveNewStore()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_directory, "new.db*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>Read and validate the file, then import it into a store that does not exist yet (<c>campaign import FILE --db NEW.db</c>: the schema is created first).</summary>
    [Benchmark]
    public int ImportJsonIntoNewSqlite()
    {
        var dataset = CampaignDatasetReader.ReadFile(_datasetPath);
        CampaignStore.Sqlite(Path.Combine(_directory, "new.db")).ImportAsync(dataset).GetAwaiter().GetResult();
        return dataset.Problems.Count;
    }

    /// <summary>Load the stored dataset (the streaming pass).</summary>
    [Benchmark]
    public int LoadFromSqlite() => _loadStore.LoadAsync().GetAwaiter().GetResult().Problems.Count;
}
