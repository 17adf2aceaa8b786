namespace Campaign.Cli;

/// <summary>
/// The sample dataset embedded in the tool (<c>campaign check</c> with no PATH): Weidu district's second-batch
/// campaign as of 2014-07-15, modelled on its implementing opinion with its unit kinds and focus
/// problems, where every rule family has something to find.
/// </summary>
internal static class SampleDataset
{
    private const string ResourceName = "Campaign.Cli.Sample.weidu-district-2014.json";

    /// <summary>Opens the sample's UTF-8 JSON.</summary>
    /// <returns>A readable stream; the caller disposes it.</returns>
    public static Stream Open() =>
        typeof(SampleDataset).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the tool.");
}
