using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Campaign.Domain.Serialization;

namespace Campaign.Benchmarks.Dataset;

/// <summary>
/// Reading and validating a campaign-dataset/1 document into the domain model (with its lookups) against a plain
/// source-generated System.Text.Json deserialisation into DTOs that checks nothing.
/// </summary>
[MemoryDiagnoser]
public class ReadDatasetBenchmark
{
    // The reader on one thread, and on every core with the size threshold lowered so that both sizes are read in parts.
    private static readonly DatasetReadOptions Sequential = new(maxDegreeOfParallelism: 1);
    private static readonly DatasetReadOptions Parallel = new() { ParallelThreshold = 0 };

    private byte[] _json = [];

    /// <summary>The number of problems (and rectifications) in the dataset.</summary>
    [Params(10_000, 100_000)]
    public int Problems { get; set; }

    /// <summary>Builds the document once.</summary>
    [GlobalSetup]
    public void Setup() => _json = SyntheticDataset.Json(Problems);

    /// <summary>The baseline: plain deserialisation, no validation.</summary>
    [Benchmark(Baseline = true)]
    public int DeserializeDtos() => JsonSerializer.Deserialize(_json, DatasetDtoContext.Default.DatasetDto)!.Problems!.Count;

    /// <summary>The reader: streaming parse, full validation, entities and lookups, on one thread.</summary>
    [Benchmark]
    public int ReadAndValidate()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return CampaignDatasetReader.Read(stream, Sequential).Problems.Count;
    }

    /// <summary>The same read in parts on every core (<see cref="DatasetReadOptions.MaxDegreeOfParallelism"/> by default).</summary>
    [Benchmark]
    public int ReadAndValidateInParallel()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return CampaignDatasetReader.Read(stream, Parallel).Problems.Count;
    }
}
