using System.Text;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>
/// Reading in parts on several threads (forced on small documents by a zero threshold) against the sequential reader:
/// the same dataset, or exactly the same errors, whatever the document and wherever it is cut.
/// </summary>
public class ParallelDatasetReadTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TryParse_AGeneratedDocument_IsReadInPartsAndEqualsTheSequentialRead(int degree)
    {
        var document = Generated.Document(records: 40);

        AssertReadInParts(document, degree);
        AssertSameOutcome(document, degree);
    }

    [Fact]
    public void TryParse_CutsFallInsideTheLargeCollections()
    {
        var document = Generated.Document(records: 40);
        var cuts = new List<long>();
        for (var degree = 2; degree <= 8; degree++)
        {
            using var stream = new MemoryStream(document);
            using var parser = ParallelDatasetRead.TryParse(stream, Parallel(degree), null, CancellationToken.None, DatasetParser.DefaultBufferSize);
            parser.Should().NotBeNull();
        }

        // A cut is at a '{' that starts a record of a top-level array, right after "},".
        for (var at = document.Length / 4; at < document.Length; at += document.Length / 4)
        {
            if (ParallelDatasetRead.FindCut(document.AsSpan(at), at) is { } cut)
            {
                document[(int)cut.Start].Should().Be((byte)'{');
                document[(int)cut.Comma].Should().Be((byte)',');
                cuts.Add(cut.Start);
            }
        }

        cuts.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Read_MinifiedCrlfAndByteOrderMark_EqualTheSequentialRead(bool minified, bool byteOrderMark)
    {
        var document = Generated.Document(records: 30, minified: minified, crlf: !minified, byteOrderMark: byteOrderMark);

        AssertReadInParts(document, 2);
        AssertSameOutcome(document, 2);
        AssertSameOutcome(document, 3);
    }

    [Theory]
    [InlineData("},{\\\"id\\\": \\\"x\\\"}, {")]
    [InlineData("]}, {\\\"role\\\": \\\"member\\\"} [")]
    [InlineData("\\u007d,\\u007b\\\\\\\"\\\\")]
    [InlineData("},\\n    {")]
    public void Read_TextsThatLookLikeRecordBoundaries_EqualTheSequentialRead(string text)
    {
        var document = Generated.Document(records: 30, text: text);

        AssertSameOutcome(document, 2);
        AssertSameOutcome(document, 3);
        AssertSameOutcome(Generated.Document(records: 30, text: text, minified: true), 2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Read_EmptyOrSingleRecordCollections_EqualTheSequentialRead(int records)
    {
        var document = Generated.Document(records: records);

        AssertSameOutcome(document, 2);
        AssertSameOutcome(Encoding.UTF8.GetBytes(DatasetDocuments.Valid), 2);
        AssertSameOutcome(File.ReadAllBytes(DatasetDocuments.ExamplePath), 2);
    }

    [Fact]
    public void Read_CollectionsInReverseOrder_EqualTheSequentialRead()
    {
        var valid = Generated.Document(records: 40, reversed: true);
        var dangling = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(valid).Replace("\"unitId\": \"U-0003\"", "\"unitId\": \"U-0099\"", StringComparison.Ordinal));

        AssertReadInParts(valid, 2);
        AssertSameOutcome(valid, 2);
        AssertSameOutcome(valid, 4);
        AssertSameOutcome(dangling, 2);
        AssertSameOutcome(dangling, 3);
        Outcome(dangling, 1).Errors.Should().NotBeNull();
    }

    [Fact]
    public void Read_OnlyTheUnitsArrayHasRecords_IsCutInsideItAndEqualsTheSequentialRead()
    {
        var document = Generated.Document(records: 0, units: 60);

        AssertReadInParts(document, 2);
        AssertSameOutcome(document, 2);
    }

    public static TheoryData<string, string> Damage => new()
    {
        // An error in the first part, in the last part, and across the cut.
        { "\"id\": \"P-0003\"", "\"id\": \"P-0003\", \"extra\": 1" },
        { "\"role\": \"member\"", "\"role\": \"chief\"" },
        { "\"measure\": \"措施38\"", "\"measure\": 38" },
        { "\"id\": \"R-0039\"", "\"id\": \"R-0001\"" },
        { "\"id\": \"PR-0039\"", "\"id\": \"PR-0000\"" },
        { "\"problemIds\": [\"PR-0038\"]", "\"problemIds\": [\"PR-9999\"]" },
        { "\"problemIds\": [\"PR-0038\"]", "\"problemIds\": []" },
        { "\"unitId\": \"U-0039\", \"owner\": { \"level\": \"individual\", \"personId\": \"P-0039\" }", "\"unitId\": \"U-0002\", \"owner\": { \"level\": \"individual\", \"personId\": \"P-0039\" }" },
        { "\"unitId\": \"U-0001\", \"owner\": { \"level\": \"individual\", \"personId\": \"P-0001\" }", "\"unitId\": \"U-0001\", \"owner\": { \"level\": \"individual\", \"personId\": \"P-0038\" }" },
        { "\"opinionIds\": [\"O-0037\"]", "\"opinionIds\": [\"O-0099\"]" },
        { "\"responsiblePersonId\": \"P-0039\"", "\"responsiblePersonId\": \"P-0100\"" },
        { "\"parentId\": \"U-0000\"", "\"parentId\": \"U-0003\"" },
        { "\"completedOn\": \"2014-06-20\"", "\"completedOn\": \"2014-06-31\"" },
        { "\"receivedOn\": \"2014-03-20\"", "\"receivedOn\": \"2014-03-20\", \"receivedOn\": \"2014-03-21\"" },
        { "\"text\": \"问题39\"", "\"text\": \"问题39" },
        { "\"measure\": \"措施20\"", "\"measure\": \"措施20\"," },
        { "\"format\": \"campaign-dataset/1\",", string.Empty },
        { "\"rectifications\": [", "\"units\": [], \"rectifications\": [" },
        { "\"units\": [", "\"campaign\": null, \"units\": [" },
        { "\"identifiedOn\": \"2014-04-10\" }\n  ]", "\"identifiedOn\": \"2014-04-10\" }\n  ], \"problems\": []" },
        { "\"id\": \"R-0000\"", "\"id\": \"R-0000\", \"problemIds\": [\"PR-0001\"]" },
        { "\"level\": \"village\"", "\"level\": \"village\", \"parentId\": \"U-0039\"" },
        { "  ]\n}", "  ]\n}\n{}" },
        { "  ]\n}", "  ]\n" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Read_AnErrorInAnyPart_GivesExactlyTheSequentialErrors(string from, string to)
    {
        var valid = Encoding.UTF8.GetString(Generated.Document(records: 40));
        var at = valid.IndexOf(from, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, "the damage must apply to the generated document");
        var document = Encoding.UTF8.GetBytes(string.Concat(valid.AsSpan(0, at), to, valid.AsSpan(at + from.Length)));

        for (var degree = 2; degree <= 4; degree++)
        {
            Outcome(document, 1).Errors.Should().NotBeNull("the damage makes the document invalid");
            AssertSameOutcome(document, degree);
            AssertSameOutcome(document, degree, maxErrors: 1);
        }
    }

    [Property(Arbitrary = [typeof(CampaignDatasetReaderDifferentialProperties.Arbitraries)], MaxTest = 200)]
    public void Read_SemanticallyDamagedDocument_EqualsTheSequentialRead(CampaignDatasetReaderDifferentialProperties.Mutation mutation, byte degree) =>
        AssertSameOutcome(mutation.Apply(), 2 + (degree % 3), mutation.MaxErrors);

    [Property(Arbitrary = [typeof(CampaignDatasetReaderFuzzProperties.Arbitraries)], MaxTest = 200)]
    public void Read_SyntacticallyDamagedDocument_EqualsTheSequentialRead(CampaignDatasetReaderFuzzProperties.Damage damage) =>
        AssertSameOutcome(damage.ApplyTo(Generated.Document(records: 8)), 2);

    [Property(Arbitrary = [typeof(CampaignDatasetReaderDifferentialProperties.Arbitraries)], MaxTest = 100)]
    public void Read_ValidRandomDataset_EqualsTheSequentialRead(CampaignDataset dataset) =>
        AssertSameOutcome(DatasetDocuments.Write(dataset), 3);

    [Fact]
    public void TryParse_OneDegreeABelowThresholdDocumentOrAStreamThatCannotSeek_ReadsSequentially()
    {
        var document = Generated.Document(records: 40);

        Attempt(new MemoryStream(document), Parallel(1)).Should().BeFalse();
        Attempt(new MemoryStream(document), new DatasetReadOptions(maxDegreeOfParallelism: 2) { ParallelThreshold = document.Length + 1 }).Should().BeFalse();
        Attempt(new ForwardOnlyStream(document), Parallel(2)).Should().BeFalse();
        Attempt(new MemoryStream(document), new DatasetReadOptions(maxDegreeOfParallelism: 2) { ParallelThreshold = document.Length }).Should().BeTrue();
    }

    [Fact]
    public void Read_FromAStreamAlreadyPartlyRead_ReadsTheRestAndLeavesTheStreamAtItsEnd()
    {
        var document = Generated.Document(records: 40);
        var padded = new byte[document.Length + 7];
        document.CopyTo(padded, 7);
        using var stream = new MemoryStream(padded) { Position = 7 };

        var dataset = CampaignDatasetReader.Read(stream, Parallel(2));

        stream.Position.Should().Be(padded.Length);
        DatasetAssert.Equal(dataset, CampaignDatasetReader.Read(new MemoryStream(document), Sequential(1000)));
    }

    [Fact]
    public void ReadFile_ALargeFile_EqualsTheSequentialReadAndLeavesTheStreamAtItsEnd()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parallel-{Guid.NewGuid():N}.json");
        var document = Generated.Document(records: 40);
        File.WriteAllBytes(path, document);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            Attempt(stream, Parallel(2)).Should().BeTrue();
            stream.Position.Should().Be(document.Length);

            stream.Position = 0;
            DatasetAssert.Equal(CampaignDatasetReader.Read(stream, Parallel(2)), CampaignDatasetReader.ReadFile(path, Sequential(1000)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadAsync_ALargeDocument_EqualsTheSequentialRead()
    {
        var document = Generated.Document(records: 40);

        var parallel = await CampaignDatasetReader.ReadAsync(new MemoryStream(document), Parallel(2));

        DatasetAssert.Equal(parallel, CampaignDatasetReader.Read(new MemoryStream(document), Sequential(1000)));
    }

    [Fact]
    public void Read_WithProgress_ReportsIncreasingTotalsUpToTheLength()
    {
        var document = Generated.Document(records: 40);
        var reported = new List<long>();

        CampaignDatasetReader.Read(new MemoryStream(document), new DatasetReadOptions(progress: new Recorder(reported), maxDegreeOfParallelism: 2) { ParallelThreshold = 0 }, 64);

        reported.Should().NotBeEmpty().And.BeInAscendingOrder();
        reported[^1].Should().Be(document.Length);
    }

    [Fact]
    public void Read_WithTinyBuffers_EqualsTheSequentialRead()
    {
        var document = Generated.Document(records: 12);

        for (var size = 4; size <= 40; size += 3)
        {
            var parallel = CampaignDatasetReader.Read(new MemoryStream(document), Parallel(3), size);
            DatasetAssert.Equal(parallel, CampaignDatasetReader.Read(new MemoryStream(document), Sequential(1000), size));
        }
    }

    private static DatasetReadOptions Parallel(int degree, int maxErrors = 1000, int order = 0) =>
        new(maxErrors: maxErrors, maxDegreeOfParallelism: degree) { ParallelThreshold = 0, PartOrder = order };

    private static DatasetReadOptions Sequential(int maxErrors) => new(maxErrors: maxErrors, maxDegreeOfParallelism: 1);

    private static bool Attempt(Stream stream, DatasetReadOptions options)
    {
        using var parser = ParallelDatasetRead.TryParse(stream, options, null, CancellationToken.None, DatasetParser.DefaultBufferSize);
        return parser is not null;
    }

    /// <summary>The document is read in parts (no fall-back) and gives the same dataset as the sequential reader.</summary>
    private static void AssertReadInParts(byte[] document, int degree)
    {
        for (var order = 0; order <= 2; order++)
        {
            Attempt(new MemoryStream(document), Parallel(degree, order: order)).Should().BeTrue("a generated document has record boundaries to cut at");
        }
    }

    /// <summary>The parallel read (parts side by side, and one after another with the first part first and last) equals the sequential read.</summary>
    private static void AssertSameOutcome(byte[] document, int degree, int maxErrors = 1000)
    {
        for (var order = 0; order <= 2; order++)
        {
            AssertSameOutcome(document, degree, maxErrors, order);
        }
    }

    private static void AssertSameOutcome(byte[] document, int degree, int maxErrors, int order)
    {
        var expected = Outcome(document, 1, maxErrors, 0);
        var actual = Outcome(document, degree, maxErrors, order);
        if (expected.Errors is null)
        {
            actual.Errors.Should().BeNull("the sequential reader read the document");
            DatasetAssert.Equal(actual.Dataset!, expected.Dataset!);
            CampaignDatasetReaderDifferentialProperties.AssertFindsEveryRecord(actual.Dataset!);
        }
        else
        {
            actual.Errors.Should().NotBeNull("the sequential reader refused the document");
            actual.Errors!.Select(Describe).Should().Equal(expected.Errors.Select(Describe));
        }
    }

    private static (CampaignDataset? Dataset, IReadOnlyList<InputError>? Errors) Outcome(byte[] document, int degree, int maxErrors = 1000, int order = 0)
    {
        try
        {
            return (CampaignDatasetReader.Read(new MemoryStream(document), degree == 1 ? Sequential(maxErrors) : Parallel(degree, maxErrors, order)), null);
        }
        catch (DatasetValidationException e)
        {
            return (null, e.Errors);
        }
    }

    private static string Describe(InputError error) => $"{error.Path} | {error.Line} | {error.Position} | {error.Message}";

    private sealed class Recorder(List<long> reported) : IProgress<long>
    {
        public void Report(long value) => reported.Add(value);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
