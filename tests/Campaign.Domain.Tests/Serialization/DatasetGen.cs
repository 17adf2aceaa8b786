using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>
/// FsCheck's view of <see cref="CampaignGenerator"/>: a random seed turned into the generator's
/// <see cref="DatasetPreset.Unusual"/> dataset, so the property tests share the one source of random datasets and a
/// failing case is replayed from its seed.
/// </summary>
internal static class DatasetGen
{
    public static Gen<CampaignDataset> Dataset =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed => CampaignGenerator.Generate(DatasetPreset.Unusual, seed));
}
