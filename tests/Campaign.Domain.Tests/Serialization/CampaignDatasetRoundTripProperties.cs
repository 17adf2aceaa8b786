using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Campaign.Domain.Tests.Serialization;

public class CampaignDatasetRoundTripProperties
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void WriteReadWrite_ValidDataset_GivesAnEqualDatasetAndTheSameBytes(CampaignDataset dataset)
    {
        var first = DatasetDocuments.Write(dataset);
        using var stream = new MemoryStream(first);

        var read = CampaignDatasetReader.Read(stream);
        var second = DatasetDocuments.Write(read);

        DatasetAssert.Equal(read, dataset);
        second.Should().Equal(first);
    }

    /// <summary>Registers <see cref="DatasetGen.Dataset"/> with FsCheck.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<CampaignDataset> Dataset() => DatasetGen.Dataset.ToArbitrary();
    }
}
