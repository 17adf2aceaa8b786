using BenchmarkDotNet.Attributes;
using Campaign.Compliance;
using Campaign.Compliance.Monitoring;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Benchmarks.Compliance;

/// <summary>
/// One change in a loaded <see cref="ComplianceMonitor"/>: a rectification's status moves (not started → in
/// progress, or in progress → completed with one piece of evidence) and the change in findings comes back. Each
/// benchmark loads only its own preset (in its own process); the Ratio column is province ÷ county (target ≤ 2) and the Median column
/// the time per change (target ≤ 1 ms). Each operation changes the next rectification of a queue (a status only
/// moves forward), so the invocation count is fixed. No forced full collection between iterations: on the
/// province monitor's heap it would take far longer than the change being measured.
/// </summary>
[MemoryDiagnoser]
[GcForce(false)]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 15, invocationCount: 200)]
public class IncrementalBenchmark
{
    private static readonly Evidence[] Proof = [new(EvidenceKind.Document, "bench-proof")];

    private Changes _county = null!;
    private Changes _province = null!;

    /// <summary>Generates the county preset and loads a monitor on it.</summary>
    [GlobalSetup(Target = nameof(County))]
    public void SetupCounty() => _county = new Changes(new ComplianceChecker(), Presets.Dataset(DatasetPreset.County));

    /// <summary>Generates the province preset and loads a monitor on it (minutes).</summary>
    [GlobalSetup(Target = nameof(Province))]
    public void SetupProvince() => _province = new Changes(new ComplianceChecker(), Presets.Dataset(DatasetPreset.Province));

    /// <summary>The baseline: one change in the county monitor.</summary>
    [Benchmark(Baseline = true)]
    public int County() => _county.Next();

    /// <summary>One change in the province monitor.</summary>
    [Benchmark]
    public int Province() => _province.Next();

    /// <summary>A monitor and the rectifications whose status can still move forward.</summary>
    private sealed class Changes
    {
        private readonly ComplianceMonitor _monitor;
        private readonly DateOnly _asOf;
        private readonly List<Rectification> _queue = [];
        private int _next;

        public Changes(ComplianceChecker checker, CampaignDataset dataset)
        {
            _asOf = Presets.AsOf(dataset);
            _monitor = checker.CreateMonitor(dataset, _asOf);
            foreach (var rectification in dataset.Rectifications)
            {
                if (rectification.Status is RectificationStatus.NotStarted or RectificationStatus.InProgress)
                {
                    _queue.Add(rectification);
                }
            }

            // Spread the changes over the units: a fixed stride through the list instead of its order.
            var shuffled = new List<Rectification>(_queue.Count);
            for (var start = 0; start < 97; start++)
            {
                for (var i = start; i < _queue.Count; i += 97)
                {
                    shuffled.Add(_queue[i]);
                }
            }

            _queue = shuffled;
        }

        public int Next()
        {
            var rectification = _queue[_next++ % _queue.Count];
            var change = rectification.Status switch
            {
                RectificationStatus.NotStarted => _monitor.StartRectification(rectification.Id),
                RectificationStatus.InProgress => _monitor.CompleteRectification(rectification.Id, _asOf, Proof),
                _ => _monitor.EvaluateRectification(rectification.Id, new Evaluation(EvaluatorKind.Masses, _asOf, 0.9, 10)),
            };
            return change.Added.Count - change.Removed.Count;
        }
    }
}
