using BenchmarkDotNet.Attributes;
using Campaign.Benchmarks.Compliance;
using Campaign.Compliance;
using Campaign.Domain.EntityFrameworkCore;
using Campaign.Domain.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Benchmarks.Store;

/// <summary>
/// One clerk's edit saved to a SQLite store: a unit of work that reschedules one rectification, saved plainly
/// (the baseline: the edit and its change log row) and saved through a <see cref="CampaignStoreMonitor"/> (the same,
/// then the change log read back and the edit applied to the monitor: the findings it added and removed).
/// Target (issue 17): one monitored edit within 5 ms at province size.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class MonitoredEditBenchmark
{
    private string _directory = "";
    private CampaignStore _store = null!;
    private CampaignStoreMonitor _monitor = null!;
    private string _rectificationId = "";
    private DateOnly _deadline;
    private int _edits;

    /// <summary>The generated preset.</summary>
    [ParamsSource(nameof(PresetValues))]
    public DatasetPreset Preset { get; set; }

    /// <summary>The presets (see <see cref="Presets.Chosen"/>).</summary>
    public static IEnumerable<DatasetPreset> PresetValues => Presets.Chosen(DatasetPreset.County, DatasetPreset.Province);

    /// <summary>Imports the dataset and starts the monitor.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "campaign-monitored-edit-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(_directory);
        var dataset = Presets.Dataset(Preset);
        var open = dataset.Rectifications.First(r => !r.IsFinished && r.Deadline is not null);
        (_rectificationId, _deadline) = (open.Id, open.Deadline!.Value);
        _store = CampaignStore.Sqlite(Path.Combine(_directory, "ledger.db"));
        _store.ImportAsync(dataset).GetAwaiter().GetResult();
        _monitor = CampaignStoreMonitor.StartAsync(_store, new ComplianceChecker(), Presets.AsOf(dataset)).GetAwaiter().GetResult();
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _monitor.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The baseline: the edit saved without a monitor.</summary>
    [Benchmark(Baseline = true)]
    public int SaveEdit()
    {
        using var context = _store.CreateDbContext();
        Reschedule(context);
        return context.SaveChanges();
    }

    /// <summary>The edit saved through the monitor, which returns the findings it changed.</summary>
    [Benchmark]
    public int SaveMonitoredEdit()
    {
        using var context = _store.CreateDbContext();
        Reschedule(context);
        var change = _monitor.SaveChangesAsync(context).GetAwaiter().GetResult();
        return change.Added.Count + change.Removed.Count;
    }

    // Alternates the deadline between a month before and after the original, so every edit moves it.
    private void Reschedule(CampaignDbContext context)
    {
        var rectification = context.Rectifications.Single(r => r.Id == _rectificationId);
        rectification.Reschedule(_deadline.AddDays(++_edits % 2 == 0 ? 30 : -30));
    }
}
