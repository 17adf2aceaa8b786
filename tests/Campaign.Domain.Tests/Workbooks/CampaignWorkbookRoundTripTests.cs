using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;
using Campaign.Domain.Tests.Serialization;
using Campaign.Domain.Workbooks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Campaign.Domain.Tests.Workbooks.LedgerWorkbooks;

namespace Campaign.Domain.Tests.Workbooks;

/// <summary>JSON → workbook → JSON is lossless: the dataset read back from the workbook writes the same JSON bytes.</summary>
public class CampaignWorkbookRoundTripTests
{
    [Theory]
    [InlineData(DatasetPreset.District, 1)]
    [InlineData(DatasetPreset.District, 7)]
    [InlineData(DatasetPreset.County, 1)]
    public void JsonToWorkbookToJson_OnAGeneratedPreset_GivesTheSameBytes(DatasetPreset preset, int seed)
    {
        var dataset = CampaignGenerator.Generate(preset, seed);
        var json = DatasetDocuments.Write(dataset);

        var read = Read(Of(CampaignDatasetReader.Read(new MemoryStream(json))));

        DatasetDocuments.Write(read).Should().Equal(json);
    }

    [Fact]
    public void JsonToWorkbookToJson_TheExample_GivesAnEqualDataset()
    {
        var dataset = CampaignDatasetReader.ReadFile(DatasetDocuments.ExamplePath);

        var read = Read(Of(dataset));

        DatasetAssert.Equal(read, dataset);
        DatasetDocuments.Write(read).Should().Equal(DatasetDocuments.Write(dataset));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void WriteRead_AnyValidDatasetWhoseListsHoldNoSeparator_GivesAnEqualDataset(CampaignDataset dataset)
    {
        var read = Read(Of(dataset));

        Text(DatasetDocuments.Write(read)).Should().Be(Text(DatasetDocuments.Write(dataset)));
    }

    private static string Text(byte[] json) => System.Text.Encoding.UTF8.GetString(json);

    [Fact]
    public void Write_TextsWithControlCharactersEscapesAndSpaces_AreKeptExactly()
    {
        var json = DatasetDocuments.Change(("\"measure\": \"精简\"", "\"measure\": \" 精简\\u0001_x0041_\\r\\n第二行\\t \""));
        var dataset = DatasetDocuments.Read(json);

        var read = Read(Of(dataset));

        read.Rectifications[0].Measure.Should().Be(" 精简\u0001_x0041_\r\n第二行\t ");
    }

    [Fact]
    public void Write_AnIdWithAListSeparatorInAList_IsRefusedNamingIt()
    {
        var json = DatasetDocuments.Change(("\"id\": \"O-1\"", "\"id\": \"O,1\""), ("\"opinionIds\": [\"O-1\"]", "\"opinionIds\": [\"O,1\"]"));
        var dataset = DatasetDocuments.Read(json);

        var write = () => Of(dataset);

        write.Should().Throw<ArgumentException>().WithMessage("*$.problems[0].opinionIds*'O,1'*");
    }

    [Fact]
    public void ReadFile_AnXlsxPath_ReadsTheWorkbook()
    {
        var path = Path.Combine(Path.GetTempPath(), "ledger-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            File.WriteAllBytes(path, Valid());

            var dataset = CampaignDatasetReader.ReadFile(path);

            dataset.Units.Select(u => u.Id).Should().Equal("U-1", "U-2");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Valid random datasets whose list items can stand in a list cell (no separator, no outer spaces).</summary>
    public static class Arbitraries
    {
        public static Arbitrary<CampaignDataset> Dataset() => DatasetGen.Dataset.Where(Fits).ToArbitrary();

        private static bool Fits(CampaignDataset dataset) =>
            dataset.Problems.SelectMany(p => p.OpinionIds).Concat(dataset.Rectifications.SelectMany(r => r.ProblemIds)).Concat(dataset.Campaign.FocusLists)
                .All(id => id.IndexOfAny(LedgerLayout.ListSeparators) < 0 && id.Trim() == id);
    }
}
