using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Campaign.Compliance;
using Campaign.Compliance.Monitoring;
using Campaign.Compliance.Reporting;
using Campaign.Compliance.Tests.Reference;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;

namespace Campaign.Benchmarks.Compliance;

/// <summary>
/// A profile, not a comparison: one pass of every phase a user goes through at a preset (generate, write the file,
/// read it, check it, write the JSON report, load a monitor), each timed with a stopwatch, with the bytes it
/// allocated, the managed heap it leaves behind (after a full collection, outside the timings) and the process's peak
/// working set; then the latency of single changes in the monitor (median, 95th percentile) and the reference
/// evaluator's time. Public API only, as an application calls it. The
/// table goes to standard output (the BenchmarkDotNet log keeps it). Run with
/// <c>--filter '*ProvincePhases*'</c>; the baseline is the reading phase alone.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class ProvincePhasesBenchmark
{
    private static readonly Evidence[] Proof = [new(EvidenceKind.Document, "bench-proof")];

    private string _datasetPath = "";

    /// <summary>The generated preset.</summary>
    [ParamsSource(nameof(PresetValues))]
    public DatasetPreset Preset { get; set; }

    /// <summary>The presets (see <see cref="Presets.Chosen"/>).</summary>
    public static IEnumerable<DatasetPreset> PresetValues => Presets.Chosen(DatasetPreset.County, DatasetPreset.Province);

    /// <summary>Writes the dataset file for the reading baseline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _datasetPath = Path.Combine(Path.GetTempPath(), $"campaign-phases-{Environment.ProcessId}-{Preset}.json");
        CampaignDatasetWriter.WriteFile(CampaignGenerator.Generate(Preset, 1), _datasetPath);
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_datasetPath);

    /// <summary>The baseline: reading the file.</summary>
    [Benchmark(Baseline = true)]
    public int Read() => CampaignDatasetReader.ReadFile(_datasetPath).Problems.Count;

    /// <summary>Every phase once, printed as a table.</summary>
    [Benchmark]
    public int Phases()
    {
        var table = Profile(Preset, _datasetPath + ".phases.json");
        Console.WriteLine(table);
        return table.Length;
    }

    /// <summary>Runs the phases and returns the table (Markdown).</summary>
    public static string Profile(DatasetPreset preset, string datasetPath)
    {
        var rows = new StringBuilder();
        rows.AppendLine(CultureInfo.InvariantCulture, $"### phases at {preset} (load {Load()})");
        rows.AppendLine("| phase | ms | allocated MB | managed heap after, MB | peak working set, MB |");
        rows.AppendLine("|---|---:|---:|---:|---:|");
        var clock = new Stopwatch();
        long allocated = 0;
        void Start()
        {
            allocated = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
        }

        void Stop(string phase)
        {
            clock.Stop();
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            var row = string.Create(CultureInfo.InvariantCulture, $"| {phase} | {clock.ElapsedMilliseconds:N0} | {bytes / 1e6:N0} | {heap / 1e6:N0} | {process.PeakWorkingSet64 / 1e6:N0} |");
            rows.AppendLine(row);
            Console.Error.WriteLine(row + " load " + Load());
        }

        GC.GetTotalMemory(forceFullCollection: true);
        Start();
        var generated = CampaignGenerator.Generate(preset, 1);
        Stop("generate");
        var counts = Counts(generated);
        Start();
        CampaignDatasetWriter.WriteFile(generated, datasetPath);
        Stop("write dataset file");
        generated = null;
        GC.GetTotalMemory(forceFullCollection: true);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        Start();
        var dataset = CampaignDatasetReader.ReadFile(datasetPath);
        Stop("read dataset file");
        var datasetBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

        var checker = new ComplianceChecker();
        var asOf = Presets.AsOf(dataset);
        Start();
        var report = checker.Check(dataset, asOf);
        Stop("check (compile the rules, insert, fire, collect + order findings)");

        var reportPath = datasetPath + ".report.json";
        Start();
        using (var file = new FileStream(reportPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            new JsonReportWriter().Write(report, file);
        }

        Stop("write JSON report");
        var reportFile = new FileInfo(reportPath).Length;
        File.Delete(reportPath);
        File.Delete(datasetPath);

        before = GC.GetTotalMemory(forceFullCollection: true);
        Start();
        var monitor = checker.CreateMonitor(dataset, asOf);
        Stop("monitor: load (one session: insert, fire, collect)");
        var monitorBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

        // The monitor's work per change: update the rectification's facts, fire, and collect the findings it touched.
        var latencies = Changes(monitor, dataset, asOf, 1_000);
        monitor.Dispose();
        monitor = null;
        GC.GetTotalMemory(forceFullCollection: true);

        Start();
        var reference = ReferenceEvaluator.Evaluate(dataset, asOf).Count;
        Stop("reference evaluator (FullCheck baseline)");

        rows.AppendLine();
        rows.AppendLine(CultureInfo.InvariantCulture, $"records: {counts}; findings: {report.Findings.Count:N0} (the reference found {reference:N0} after the changes below); report file {reportFile / 1e6:N1} MB");
        rows.AppendLine(CultureInfo.InvariantCulture, $"retained: dataset {datasetBytes / 1e6:N0} MB, monitor after load {monitorBytes / 1e6:N0} MB (dataset excluded)");
        rows.AppendLine(CultureInfo.InvariantCulture, $"single changes in the monitor: {latencies.Length}, median {Percentile(latencies, 0.5):N3} ms, p95 {Percentile(latencies, 0.95):N3} ms, max {latencies[^1]:N3} ms");
        return rows.ToString();
    }

    private static double[] Changes(ComplianceMonitor monitor, CampaignDataset dataset, DateOnly asOf, int count)
    {
        var latencies = new List<double>(count);
        var clock = new Stopwatch();
        var step = Math.Max(1, dataset.Rectifications.Count / count);
        for (var i = 0; i < dataset.Rectifications.Count && latencies.Count < count; i += step)
        {
            var rectification = dataset.Rectifications[i];
            clock.Restart();
            _ = rectification.Status switch
            {
                RectificationStatus.NotStarted => monitor.StartRectification(rectification.Id),
                RectificationStatus.InProgress => monitor.CompleteRectification(rectification.Id, asOf, Proof),
                _ => monitor.EvaluateRectification(rectification.Id, new Evaluation(EvaluatorKind.Masses, asOf, 0.9, 10)),
            };
            clock.Stop();
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Round(p * (sorted.Length - 1)))];

    private static string Counts(CampaignDataset d) => string.Create(
        CultureInfo.InvariantCulture,
        $"{d.Units.Count:N0} units, {d.People.Count:N0} people, {d.Opinions.Count:N0} opinions, {d.Problems.Count:N0} problems, {d.Rectifications.Count:N0} rectifications");

    private static string Load()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
