#:project ../../src/Campaign.Compliance/Campaign.Compliance.csproj
#:property PublishAot=false
#:property ServerGarbageCollection=true
#:property ConcurrentGarbageCollection=false
#:property TreatWarningsAsErrors=false
#:property Nullable=enable
using System.Diagnostics;
using System.Diagnostics.Tracing;
using Campaign.Compliance;
using Campaign.Domain.Serialization;

// Province check allocation profile: `dotnet run -c Release province-alloc.cs -- [types] [runs]` (the dataset: $PROVINCE, default /tmp/prov.json).
// Prints the check time, GC.GetTotalAllocatedBytes, GC pause and collections; `types` adds allocation by type
// (sampled GC AllocationTick events, about one per 100 KB, so small types are approximate).
var types = args.Length > 0 && args[0] == "types";
var runs = args.Length > 1 ? int.Parse(args[1]) : 1;
var sw = Stopwatch.StartNew();
Campaign.Domain.Campaigns.CampaignDataset dataset;
using (var stream = File.OpenRead(Environment.GetEnvironmentVariable("PROVINCE") ?? "/tmp/prov.json"))
{
    dataset = CampaignDatasetReader.Read(stream, new DatasetReadOptions());
}
Console.WriteLine($"read {sw.ElapsedMilliseconds} ms");
var checker = new ComplianceChecker(new ComplianceOptions());
AllocListener? listener = types ? new AllocListener() : null;
for (var r = 0; r < runs; r++)
{
    GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
    var alloc0 = GC.GetTotalAllocatedBytes(true);
    var pause0 = GC.GetTotalPauseDuration();
    var c0 = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    sw.Restart();
    var report = checker.Check(dataset);
    var ms = sw.ElapsedMilliseconds;
    var alloc = GC.GetTotalAllocatedBytes(true) - alloc0;
    var pause = GC.GetTotalPauseDuration() - pause0;
    Console.WriteLine($"check {ms} ms, allocated {alloc / 1e9:0.000} GB, GC pause {pause.TotalMilliseconds:0} ms, gen0/1/2 {GC.CollectionCount(0) - c0.Item1}/{GC.CollectionCount(1) - c0.Item2}/{GC.CollectionCount(2) - c0.Item3}, findings {report.Findings.Count}, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:0.00} GB");
}
if (listener is not null)
{
    listener.Dispose();
    var total = listener.Bytes.Values.Sum();
    foreach (var (k, v) in listener.Bytes.OrderByDescending(p => p.Value).Take(45))
    {
        Console.WriteLine($"{v / 1e6,10:0.0} MB {100.0 * v / total,5:0.0}%  {k}");
    }
}

sealed class AllocListener : EventListener
{
    public readonly Dictionary<string, long> Bytes = new();
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName != "GCAllocationTick_V4" && e.EventName != "GCAllocationTick_V3" && e.EventName != "GCAllocationTick_V2") return;
        var name = (string)e.Payload![e.PayloadNames!.IndexOf("TypeName")]!;
        var amount = Convert.ToInt64(e.Payload![e.PayloadNames!.IndexOf("AllocationAmount64")]);
        lock (Bytes)
        {
            Bytes.TryGetValue(name, out var b);
            Bytes[name] = b + amount;
        }
    }
}
