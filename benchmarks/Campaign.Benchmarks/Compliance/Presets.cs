using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;

namespace Campaign.Benchmarks.Compliance;

/// <summary>The generated datasets of the compliance benchmarks (seed 1, as <c>campaign generate</c> writes them).</summary>
internal static class Presets
{
    /// <summary>The dataset of <paramref name="preset"/>, generated with seed 1.</summary>
    public static CampaignDataset Dataset(DatasetPreset preset) => CampaignGenerator.Generate(preset, 1);

    /// <summary>
    /// The presets to run among <paramref name="all"/>: those named in the environment variable
    /// <c>CAMPAIGN_BENCH_PRESETS</c> (comma-separated, e.g. <c>district,county</c>), else all of them. Lets a run
    /// leave out the province, whose setup alone takes minutes.
    /// </summary>
    public static IEnumerable<DatasetPreset> Chosen(params DatasetPreset[] all)
    {
        var names = Environment.GetEnvironmentVariable("CAMPAIGN_BENCH_PRESETS");
        if (string.IsNullOrWhiteSpace(names))
        {
            return all;
        }

        var chosen = new List<DatasetPreset>();
        foreach (var preset in all)
        {
            if (names.Contains(preset.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                chosen.Add(preset);
            }
        }

        return chosen;
    }

    /// <summary>The dataset's as-of date (the generator always sets one).</summary>
    public static DateOnly AsOf(CampaignDataset dataset) => dataset.Campaign.AsOf ?? new DateOnly(2014, 7, 15);
}
