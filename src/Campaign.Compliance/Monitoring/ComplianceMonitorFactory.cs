using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Monitoring;

/// <summary>Creates monitors that share one checker's compiled rules (registered by <c>AddCampaignCompliance</c>).</summary>
public sealed class ComplianceMonitorFactory
{
    private readonly ComplianceChecker _checker;

    /// <summary>A factory for monitors with the rules and options of <paramref name="checker"/>.</summary>
    /// <param name="checker">The checker whose compiled rules the monitors use.</param>
    public ComplianceMonitorFactory(ComplianceChecker checker)
    {
        ArgumentNullException.ThrowIfNull(checker);
        _checker = checker;
    }

    /// <summary>Starts a monitor over a dataset (see <see cref="ComplianceChecker.CreateMonitor"/>).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOf">The evaluation date; default the dataset's, else today's local date.</param>
    public ComplianceMonitor Create(CampaignDataset dataset, DateOnly? asOf = null) => _checker.CreateMonitor(dataset, asOf);
}
