using BenchmarkDotNet.Attributes;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;
using Campaign.Domain.Workbooks;

namespace Campaign.Benchmarks.Dataset;

/// <summary>
/// Reading a generated dataset from a ledger workbook (.xlsx) against reading the same dataset from its campaign-dataset/1
/// JSON, both from memory with the default options. The workbook read is the sheets streamed into the JSON document in
/// memory, then that document's read: its cost over the baseline is the workbook's own.
/// </summary>
[MemoryDiagnoser]
public class WorkbookReadBenchmark
{
    private byte[] _json = [];
    private byte[] _workbook = [];

    /// <summary>The generator preset.</summary>
    [ParamsSource(nameof(PresetValues))]
    public DatasetPreset Preset { get; set; }

    /// <summary>County and province, or those of <c>CAMPAIGN_BENCH_PRESETS</c>.</summary>
    public static IEnumerable<DatasetPreset> PresetValues => Compliance.Presets.Chosen(DatasetPreset.County, DatasetPreset.Province);

    /// <summary>Generates the dataset once and writes it both ways.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var dataset = CampaignGenerator.Generate(Preset, 1);
        using (var json = new MemoryStream())
        {
            CampaignDatasetWriter.Write(dataset, json);
            _json = json.ToArray();
        }

        using var workbook = new MemoryStream();
        CampaignWorkbookWriter.Write(dataset, workbook);
        _workbook = workbook.ToArray();
        Console.WriteLine($"// {Preset}: JSON {_json.Length / 1048576.0:F1} MiB, workbook {_workbook.Length / 1048576.0:F1} MiB");
    }

    /// <summary>The baseline: the JSON read.</summary>
    [Benchmark(Baseline = true)]
    public int ReadJson()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return CampaignDatasetReader.Read(stream).Problems.Count;
    }

    /// <summary>The workbook read.</summary>
    [Benchmark]
    public int ReadWorkbook()
    {
        using var stream = new MemoryStream(_workbook, writable: false);
        return CampaignDatasetReader.ReadWorkbook(stream).Problems.Count;
    }
}
