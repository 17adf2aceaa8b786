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
    // The reader reads a document of at least this size in parts (DatasetReadOptions.MaxDegreeOfParallelism).
    private const long PartsFrom = 32L * 1024 * 1024;

    // The reader on one thread, and with the default options (every core, for a document past the size above).
    private static readonly DatasetReadOptions Sequential = new(maxDegreeOfParallelism: 1);
    private static readonly DatasetReadOptions Parallel = DatasetReadOptions.Default;

    private byte[] _json = [];

    /// <summary>The number of problems (and rectifications) in the dataset: both sizes give documents the reader cuts into parts.</summary>
    [Params(100_000, 200_000)]
    public int Problems { get; set; }

    /// <summary>Builds the document once.</summary>
    /// <exception cref="InvalidOperationException">The document is too small to be read in parts: both reads would be sequential.</exception>
    [GlobalSetup]
    public void Setup()
    {
        _json = SyntheticDataset.Json(Problems);
        if (_json.Length < PartsFrom)
        {
            throw new InvalidOperationException($"{Problems} problems give {_json.Length:N0} bytes, less than the {PartsFrom:N0} from which the reader reads in parts.");
        }
    }

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

    /// <summary>The same read with the default options: in parts on every core (<see cref="DatasetReadOptions.MaxDegreeOfParallelism"/>).</summary>
    [Benchmark]
    public int ReadAndValidateInParallel()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return CampaignDatasetReader.Read(stream, Parallel).Problems.Count;
    }
}
