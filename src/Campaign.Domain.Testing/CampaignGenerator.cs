using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing.Generation;

namespace Campaign.Domain.Testing;

/// <summary>
/// The one source of random campaign datasets for tests and benchmarks. The <see cref="DatasetPreset.District"/>,
/// <see cref="DatasetPreset.County"/> and <see cref="DatasetPreset.Province"/> presets generate valid, realistic synthetic
/// campaign datasets (docs/dataset-format.md) whose proportions follow the figures published on the campaign's second
/// batch: three ledgers of about five problems per township and village, about 83% of grass-roots
/// problems solved, county-level rectifications completed / in progress near Anhui's 3,142 / 1,253, weak and lax
/// organisations at about 10% of villages and 5% of communities, about 20 opinions per grass-roots unit and about
/// 220 per county team set. A few percent of records break each rule of the catalog, and boundary cases (a deadline
/// on the as-of day, a satisfied rate of exactly 0.90, exactly three owners sharing a text, a claim exactly 30 days
/// after receipt, an education period of exactly three months ending on a clamped month end) occur.
/// <see cref="DatasetPreset.Boundaries"/> gives tens of records crowded at the rules' edges, and <see cref="DatasetPreset.Unusual"/>
/// a few records of legal but unusual content for format round trips (see each preset).
/// </summary>
/// <remarks>
/// Fully deterministic: the same preset, seed and options give the same dataset on every runtime (its own SplitMix64
/// generator, no <see cref="Random"/>, no clock, no culture).
/// </remarks>
public static class CampaignGenerator
{
    /// <summary>Generates the dataset of <paramref name="preset"/> with the default options.</summary>
    /// <param name="preset">The size of dataset.</param>
    /// <param name="seed">The seed; the same seed gives the same dataset.</param>
    /// <returns>A valid dataset whose <c>campaign.asOf</c> is 2014-07-15.</returns>
    public static CampaignDataset Generate(DatasetPreset preset, int seed = 1) => Generate(preset, seed, GeneratorOptions.Default);

    /// <summary>Generates the dataset of <paramref name="preset"/>.</summary>
    /// <param name="preset">The size of dataset.</param>
    /// <param name="seed">The seed; the same seed and options give the same dataset.</param>
    /// <param name="options">The snapshot date and scale.</param>
    /// <returns>A valid dataset.</returns>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public static CampaignDataset Generate(DatasetPreset preset, int seed, GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!Enum.IsDefined(preset))
        {
            throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown dataset preset.");
        }

        return preset switch
        {
            DatasetPreset.Boundaries => BoundaryRun.Run(seed, options),
            DatasetPreset.Unusual => UnusualRun.Run(seed, options),
            _ => new GenerationRun(preset, seed, options).Run(),
        };
    }
}
