using BenchmarkDotNet.Attributes;
using Campaign.Compliance;
using Campaign.Compliance.Reporting;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;

namespace Campaign.Benchmarks.Compliance;

/// <summary>
/// What <c>campaign check FILE --format json --output REPORT</c> does: read the dataset file, check it, write the
/// JSON report to a file. The baseline is the whole path; the phases alone are measured beside it, so their Ratio
/// column is their share of the total. Target: reading + writing ≤ 50% of the total.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class EndToEndBenchmark
{
    private string _datasetPath = "";
    private string _reportPath = "";
    private CampaignDataset _dataset = null!;
    private ComplianceReport _report = null!;
    private ComplianceChecker _checker = null!;
    private JsonReportWriter _writer = null!;

    /// <summary>The generated preset.</summary>
    [ParamsSource(nameof(PresetValues))]
    public DatasetPreset Preset { get; set; }

    /// <summary>The presets (see <see cref="Presets.Chosen"/>).</summary>
    public static IEnumerable<DatasetPreset> PresetValues => Presets.Chosen(DatasetPreset.County, DatasetPreset.Province);

    /// <summary>Writes the dataset file and precomputes the dataset and report for the phase benchmarks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(Path.GetTempPath(), "campaign-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        _datasetPath = Path.Combine(directory, Preset + ".json");
        _reportPath = Path.Combine(directory, Preset + ".report.json");
        CampaignDatasetWriter.WriteFile(Presets.Dataset(Preset), _datasetPath);
        _checker = new ComplianceChecker();
        _writer = new JsonReportWriter();
        _dataset = CampaignDatasetReader.ReadFile(_datasetPath);
        _report = _checker.Check(_dataset);
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_datasetPath)!, recursive: true);

    /// <summary>The baseline: read, check, write.</summary>
    [Benchmark(Baseline = true)]
    public long EndToEnd()
    {
        var dataset = CampaignDatasetReader.ReadFile(_datasetPath);
        var report = _checker.Check(dataset);
        return WriteReport(report);
    }

    /// <summary>Reading the file alone (parse, validate, build the model and its lookups).</summary>
    [Benchmark]
    public int Read() => CampaignDatasetReader.ReadFile(_datasetPath).Problems.Count;

    /// <summary>The check alone, on the dataset already read.</summary>
    [Benchmark]
    public int CheckOnly() => _checker.Check(_dataset).Findings.Count;

    /// <summary>Writing the report alone.</summary>
    [Benchmark]
    public long Write() => WriteReport(_report);

    private long WriteReport(ComplianceReport report)
    {
        using var file = new FileStream(_reportPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _writer.Write(report, file);
        return file.Length;
    }
}
