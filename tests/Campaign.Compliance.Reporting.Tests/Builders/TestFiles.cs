using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;

namespace Campaign.Compliance.Reporting.Tests.Builders;

/// <summary>The shared example dataset and its check, read once.</summary>
internal static class TestFiles
{
    private static readonly Lazy<(CampaignDataset Dataset, ComplianceReport Report)> Checked = new(() =>
    {
        var dataset = CampaignDatasetReader.ReadFile(DistrictSmall);
        return (dataset, new ComplianceChecker(new ComplianceOptions()).Check(dataset, new DateOnly(2014, 7, 15)));
    });

    public static string DistrictSmall => Path.Combine(AppContext.BaseDirectory, "TestData", "district-small.json");

    /// <summary>The small example dataset.</summary>
    public static CampaignDataset Dataset => Checked.Value.Dataset;

    /// <summary>The small example checked as of 2014-07-15 with the default options.</summary>
    public static ComplianceReport Report => Checked.Value.Report;
}
