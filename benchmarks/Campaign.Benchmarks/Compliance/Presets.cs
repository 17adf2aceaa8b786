using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;

namespace Campaign.Benchmarks.Compliance;

/// <summary>The generated datasets of the compliance benchmarks (seed 1, as <c>campaign generate</c> writes them).</summary>
internal static class Presets
{
    /// <summary>The dataset of <paramref name="preset"/>, generated with seed 1.</summary>
    public static CampaignDataset Dataset(DatasetPreset preset) => CampaignGenerator.Generate(preset, 1);

    /// <summary>The dataset's as-of date (the generator always sets one).</summary>
    public static DateOnly AsOf(CampaignDataset dataset) => dataset.Campaign.AsOf ?? new DateOnly(2014, 7, 15);
}
