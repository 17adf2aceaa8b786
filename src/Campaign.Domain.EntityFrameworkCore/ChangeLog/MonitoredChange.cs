using Campaign.Compliance.Monitoring;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>A committed change of the store and what it did to the monitored findings.</summary>
/// <param name="Change">The change log row; for a change the monitor could only follow by loading the dataset again (an import, an added opinion…), the first such row.</param>
/// <param name="Findings">The findings it added and removed.</param>
/// <param name="Reloaded">Whether the monitor loaded the dataset again to follow it (every change up to <see cref="CampaignStoreMonitor.Sequence"/> is then counted in this one).</param>
public sealed record MonitoredChange(StoredChange Change, FindingsChange Findings, bool Reloaded);
