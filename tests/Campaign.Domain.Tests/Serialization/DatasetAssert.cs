using Campaign.Domain.Campaigns;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>Field-by-field comparison of datasets: entities keep reference identity, so equality is structural here.</summary>
internal static class DatasetAssert
{
    public static void Equal(CampaignDataset actual, CampaignDataset expected) =>
        actual.Should().BeEquivalentTo(expected, options => options.WithStrictOrdering().RespectingRuntimeTypes());
}
