using System.Text;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Problems;
using Campaign.Domain.Serialization;
using Campaign.Domain.Units;
using static Campaign.Domain.Tests.Serialization.DatasetDocuments;

namespace Campaign.Domain.Tests.Serialization;

public class CampaignDatasetWriterTests
{
    [Fact]
    public void Write_ALargeDataset_StreamsInSmallWritesWithTheSameBytes()
    {
        var dataset = Campaign.Domain.Testing.CampaignGenerator.Generate(Campaign.Domain.Testing.DatasetPreset.District);
        var whole = Write(dataset);
        using var recording = new WriteRecordingStream();

        CampaignDatasetWriter.Write(dataset, recording);

        whole.Length.Should().BeGreaterThan(3 * 64 * 1024, "the dataset must be several flush thresholds long for this test to mean anything");
        recording.ToArray().Should().Equal(whole);
        recording.LargestWrite.Should().BeLessThan(128 * 1024, "the writer hands records on as it goes instead of holding the whole document");
        recording.Writes.Should().BeGreaterThan(3);
    }

    private sealed class WriteRecordingStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Record(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Record(buffer.Length);
            base.Write(buffer);
        }

        private void Record(int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
        }
    }

    [Fact]
    public void Write_TheExampleThenRead_GivesAnEqualDataset()
    {
        var original = CampaignDatasetReader.ReadFile(ExamplePath);

        var written = Write(original);
        using var stream = new MemoryStream(written);
        var copy = CampaignDatasetReader.Read(stream);

        DatasetAssert.Equal(copy, original);
        Write(copy).Should().Equal(written);
    }

    [Fact]
    public void Write_IsDeterministicCamelCaseWithPlainDatesAndUnescapedChinese()
    {
        var dataset = CampaignDatasetReader.ReadFile(ExamplePath);

        var text = Encoding.UTF8.GetString(Write(dataset));

        text.Should().Be(Encoding.UTF8.GetString(Write(dataset)));
        text.Should().StartWith("{\n  \"format\": \"campaign-dataset/1\",\n  \"campaign\": {\n    \"name\": \"魏都区第二批党的群众路线教育实践活动(示例)\",");
        text.Should().Contain("\"kind\": \"lawEnforcementOrWindow\"").And.Contain("\"identifiedOn\": \"2014-04-10\"")
            .And.Contain("\"status\": \"completed\"").And.Contain("\"satisfiedRate\": 0.93");
        text.Should().NotContain("\\u").And.NotContain("\r");
    }

    [Fact]
    public void Write_LeavesOutNullsAndDefaults()
    {
        var dataset = new CampaignDataset(
            new CampaignRun("活动", CampaignBatch.First, new DateOnly(2014, 1, 1), new DateOnly(2014, 2, 1)),
            [new Unit("U", "单位", UnitKind.University, UnitLevel.Province, weakLax: new WeakLaxOrganisation(new DateOnly(2014, 1, 2)))],
            problems: [new Problem("P", "U", ProblemOwner.Team, ProblemCategory.Other, "文", ProblemSource.Other, new DateOnly(2014, 1, 3))]);

        var text = Encoding.UTF8.GetString(Write(dataset));

        text.Should().NotContain("null").And.NotContain("asOf").And.NotContain("focusLists").And.NotContain("severity")
            .And.NotContain("hasPlan").And.NotContain("people").And.NotContain("opinionIds").And.NotContain("fourWinds");
        DatasetAssert.Equal(Read(text), dataset);
    }

    [Fact]
    public void WriteFile_ThenReadFile_GivesAnEqualDataset()
    {
        var original = Read(Valid);
        var path = Path.Combine(Path.GetTempPath(), $"dataset-{Guid.NewGuid():N}.json");
        try
        {
            CampaignDatasetWriter.WriteFile(original, path);

            DatasetAssert.Equal(CampaignDatasetReader.ReadFile(path), original);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
