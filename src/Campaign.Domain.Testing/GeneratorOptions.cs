namespace Campaign.Domain.Testing;

/// <summary>Options of <see cref="CampaignGenerator"/>. The defaults give the mid-campaign snapshot the presets are calibrated on.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The earliest accepted <see cref="AsOf"/>: 2014-05-01 (two months into the campaign window).</summary>
    public static readonly DateOnly EarliestAsOf = new(2014, 5, 1);

    /// <summary>The latest accepted <see cref="AsOf"/>: 2014-12-31.</summary>
    public static readonly DateOnly LatestAsOf = new(2014, 12, 31);

    /// <summary>The default options: as of 2014-07-15, scale 1.</summary>
    public static GeneratorOptions Default { get; } = new();

    /// <summary>
    /// The snapshot date, written as <c>campaign.asOf</c>; in the district, county and province presets every event of the
    /// dataset (receipt, claim, identification, completion, evaluation, report back) happens on or before it (see
    /// <see cref="DatasetPreset.Boundaries"/> and <see cref="DatasetPreset.Unusual"/> for theirs). Default 2014-07-15. Must lie in
    /// [<see cref="EarliestAsOf"/>, <see cref="LatestAsOf"/>].
    /// </summary>
    public DateOnly AsOf { get; init; } = new(2014, 7, 15);

    /// <summary>
    /// Multiplies the number of villages and communities per township or street (the bulk of the realistic presets), or
    /// the record counts of the small ones, so the record count scales about linearly. Default 1; must be in (0, 10].
    /// </summary>
    public double Scale { get; init; } = 1.0;

    internal void Validate()
    {
        var errors = new List<string>();
        if (AsOf < EarliestAsOf || AsOf > LatestAsOf)
        {
            errors.Add($"{nameof(AsOf)} {AsOf:yyyy-MM-dd} is outside {EarliestAsOf:yyyy-MM-dd}..{LatestAsOf:yyyy-MM-dd}");
        }

        if (!(Scale > 0 && Scale <= 10))
        {
            errors.Add($"{nameof(Scale)} {Scale} is outside (0, 10]");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid generator options: " + string.Join("; ", errors) + ".");
        }
    }
}
