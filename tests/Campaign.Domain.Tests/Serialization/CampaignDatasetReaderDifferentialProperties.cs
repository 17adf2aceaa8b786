using System.Text;
using System.Text.RegularExpressions;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;
using Campaign.Domain.Tests.Serialization.Reference;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>
/// The reader against the reference reader (the former implementation, kept in <c>Reference/</c>): on valid documents
/// and on documents damaged at random, both must give an equal dataset or exactly the same errors in the same order.
/// </summary>
public partial class CampaignDatasetReaderDifferentialProperties
{
    private static readonly string[] Junk =
        ["null", "1", "-1", "1.5", "1e999", "\"\"", "\"x\"", "[]", "{}", "true", "\"2014-02-30\"", "\"2014-4-1\"", "[\"x\"]", "[null]", "[1]", "{\"a\": 1}"];

    private static readonly string[] Keys =
        ["id", "unitId", "personId", "name", "text", "level", "kind", "status", "problemIds", "opinionIds", "completedOn", "parentId", "extra", "units", "people", "owner"];

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 400)]
    public void Read_SemanticallyDamagedDocument_MatchesTheReferenceReader(Mutation mutation) =>
        AssertSameOutcome(mutation.Apply(), mutation.MaxErrors);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Read_ValidRandomDataset_MatchesTheReferenceReader(CampaignDataset dataset) =>
        AssertSameOutcome(DatasetDocuments.Write(dataset), 1000);

    [Property(Arbitrary = [typeof(CampaignDatasetReaderFuzzProperties.Arbitraries)], MaxTest = 300)]
    public void Read_SyntacticallyDamagedDocument_MatchesTheReferenceReader(CampaignDatasetReaderFuzzProperties.Damage damage) =>
        AssertSameOutcome(damage.ApplyTo(Encoding.UTF8.GetBytes(DatasetDocuments.Valid)), 1000);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Read_WithATinyBuffer_MatchesTheReferenceReader(Mutation mutation, byte size) =>
        AssertSameOutcome(mutation.Apply(), mutation.MaxErrors, 4 + (size % 60));

    [Fact]
    public void Read_TheExampleWithEveryTinyBuffer_MatchesTheReferenceReader()
    {
        var document = File.ReadAllBytes(DatasetDocuments.ExamplePath);
        for (var size = 4; size <= 64; size++)
        {
            AssertSameOutcome(document, 1000, size);
        }
    }

    [Fact]
    public void Read_EscapedPropertyNamesAndEnumValues_AreRecognisedAsThePlainOnes()
    {
        var json = DatasetDocuments.Valid
            .Replace("\"id\":", "\"\\u0069d\":", StringComparison.Ordinal)
            .Replace("\"status\": \"completed\"", "\"st\\u0061tus\": \"c\\u006fmpleted\"", StringComparison.Ordinal);

        var dataset = DatasetDocuments.Read(json);

        dataset.Units[0].Id.Should().Be("U-1");
        dataset.Rectifications[0].Status.Should().Be(Campaign.Domain.Rectifications.RectificationStatus.Completed);
        AssertSameOutcome(Encoding.UTF8.GetBytes(json), 1000);
    }

    [Fact]
    public void Read_EscapedUnknownPropertyAndEnumValue_AreReportedAsTheReferenceReaderDoes()
    {
        var json = DatasetDocuments.Valid
            .Replace("\"role\": \"member\"", "\"r\\u006fle\": \"m\\u0065mbr\", \"\\u0078tra\": 1", StringComparison.Ordinal);

        DatasetDocuments.ErrorsOf(json).Select(e => e.Path).Should().Equal("$.people[1].role", "$.people[1].xtra");
        AssertSameOutcome(Encoding.UTF8.GetBytes(json), 1000);
    }

    [Theory]
    [InlineData("\"role\": \"member\"", "\"\\ud800\": \"member\"")]
    [InlineData("\"role\": \"member\"", "\"role\": \"\\ud800\"")]
    [InlineData("\"role\": \"member\"", "\"role\": \"\\udc00member\"")]
    [InlineData("\"receivedOn\": \"2014-03-20\"", "\"receivedOn\": \"\\ud8002014-03-\"")]
    [InlineData("\"receivedOn\": \"2014-03-20\"", "\"receivedOn\": \"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"")]
    [InlineData("\"unitId\": \"U-2\"", "\"unitId\": \"\\ud800\"")]
    [InlineData("\"text\": \"任务\"", "\"text\": \"\\ud800\"")]
    [InlineData("\"measure\": \"推进\"", "\"measure\": \"\\udfff\\ud800\"")]
    public void Read_InvalidEscapes_MatchTheReferenceReader(string from, string to) =>
        AssertSameOutcome(Encoding.UTF8.GetBytes(DatasetDocuments.Change((from, to))), 1000);

    [Fact]
    public void Read_TheExample_MatchesTheReferenceReader() =>
        AssertSameOutcome(File.ReadAllBytes(DatasetDocuments.ExamplePath), 1000);

    internal static void AssertSameOutcome(byte[] document, int maxErrors, int bufferSize = DatasetParser.DefaultBufferSize)
    {
        var options = new DatasetReadOptions(maxErrors: maxErrors);
        var expected = Outcome(() => ReferenceDatasetReader.Read(new MemoryStream(document), options));
        var actual = Outcome(() => CampaignDatasetReader.Read(new MemoryStream(document), options, bufferSize));

        if (expected.Errors is null)
        {
            actual.Errors.Should().BeNull("the reference reader read the document");
            DatasetAssert.Equal(actual.Dataset!, expected.Dataset!);
            AssertFindsEveryRecord(actual.Dataset!);
        }
        else if (expected.Errors is [{ Path: "$" } malformed] && malformed.Message.StartsWith("malformed JSON", StringComparison.Ordinal))
        {
            // The reference reader words syntax errors as the JSON reader does; ours says them in its own words, at the same place.
            actual.Errors.Should().NotBeNull("the reference reader refused the document");
            var error = actual.Errors!.Should().ContainSingle().Subject;
            error.Path.Should().Be("$");
            error.Line.Should().Be(malformed.Line);
            if (malformed.Position is not null)
            {
                error.Position.Should().Be(malformed.Position);
            }

            error.Code.Should().BeOneOf(SyntaxCodes);
            error.Message.Should().NotContainAny("isFinalBlock", "reader options", "Exception", "LineNumber");
        }
        else
        {
            actual.Errors.Should().NotBeNull("the reference reader refused the document");
            actual.Errors!.Select(Describe).Should().Equal(expected.Errors.Select(Describe));
        }
    }

    /// <summary>The id lookups (taken over from the reader's indexes) find every record, and nothing else.</summary>
    internal static void AssertFindsEveryRecord(CampaignDataset dataset)
    {
        foreach (var unit in dataset.Units)
        {
            dataset.FindUnit(unit.Id).Should().BeSameAs(unit);
        }

        foreach (var person in dataset.People)
        {
            dataset.FindPerson(person.Id).Should().BeSameAs(person);
        }

        foreach (var opinion in dataset.Opinions)
        {
            dataset.FindOpinion(opinion.Id).Should().BeSameAs(opinion);
        }

        foreach (var problem in dataset.Problems)
        {
            dataset.FindProblem(problem.Id).Should().BeSameAs(problem);
        }

        foreach (var rectification in dataset.Rectifications)
        {
            dataset.FindRectification(rectification.Id).Should().BeSameAs(rectification);
        }

        dataset.FindUnit("no such id").Should().BeNull();
        dataset.FindRectification("no such id").Should().BeNull();
    }

    private static readonly InputErrorCode[] SyntaxCodes =
    [
        InputErrorCode.EmptyDocument, InputErrorCode.Truncated, InputErrorCode.TrailingComma, InputErrorCode.Comment,
        InputErrorCode.StrayByteOrderMark, InputErrorCode.TrailingContent, InputErrorCode.ExpectedPropertyName,
        InputErrorCode.ExpectedColon, InputErrorCode.ExpectedValue, InputErrorCode.SingleQuotes, InputErrorCode.ExpectedCommaOrEnd,
        InputErrorCode.InvalidString, InputErrorCode.InvalidNumber, InputErrorCode.InvalidLiteral, InputErrorCode.MalformedJson,
        InputErrorCode.NotUtf8,
    ];

    private static string Describe(InputError error) => $"{error.Path} | {error.Line} | {error.Position} | {error.Message}";

    private static (CampaignDataset? Dataset, IReadOnlyList<InputError>? Errors) Outcome(Func<CampaignDataset> read)
    {
        try
        {
            return (read(), null);
        }
        catch (DatasetValidationException e)
        {
            return (null, e.Errors);
        }
    }

    [GeneratedRegex("\"(?<key>[A-Za-z]+)\": (?<value>\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9.eE+-]+|null|true|false)")]
    private static partial Regex Pair();

    /// <summary>A document and up to four edits that keep it well-formed JSON: a value or a key replaced.</summary>
    public sealed record Mutation(string Document, (int Pick, int Kind, int Choice)[] Edits, int MaxErrors)
    {
        public byte[] Apply()
        {
            var json = Document;
            foreach (var (pick, kind, choice) in Edits)
            {
                var pairs = Pair().Matches(json);
                if (pairs.Count == 0)
                {
                    break;
                }

                var pair = pairs[pick % pairs.Count];
                var value = pair.Groups["value"];
                var key = pair.Groups["key"];
                json = kind switch
                {
                    // Another value of the document (a reference to another collection's id, another enum, another date).
                    0 => Replace(json, value, pairs[choice % pairs.Count].Groups["value"].Value),
                    1 => Replace(json, value, Junk[choice % Junk.Length]),
                    2 => Replace(json, key, Keys[choice % Keys.Length]),
                    _ => Replace(json, key, pairs[choice % pairs.Count].Groups["key"].Value),
                };
            }

            return Encoding.UTF8.GetBytes(json);
        }

        public override string ToString() =>
            $"max {MaxErrors}, edits [{string.Join(", ", Edits.Select(e => $"({e.Pick},{e.Kind},{e.Choice})"))}] on {Document.Length} chars:\n{Document}";

        private static string Replace(string json, Group at, string with) => string.Concat(json.AsSpan(0, at.Index), with, json.AsSpan(at.Index + at.Length));
    }

    /// <summary>Registers the generators with FsCheck.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<CampaignDataset> Dataset() => DatasetGen.Dataset.ToArbitrary();

        public static Arbitrary<Mutation> Mutation()
        {
            var documents = Gen.OneOf(
                Gen.Constant(DatasetDocuments.Valid),
                Gen.Constant(File.ReadAllText(DatasetDocuments.ExamplePath)),
                DatasetGen.Dataset.Select(d => Encoding.UTF8.GetString(DatasetDocuments.Write(d))));
            var edit =
                from pick in Gen.Choose(0, 10_000)
                from kind in Gen.Choose(0, 3)
                from choice in Gen.Choose(0, 10_000)
                select (pick, kind, choice);
            return (from document in documents
                    from count in Gen.Choose(1, 4)
                    from edits in Gen.ArrayOf(edit, count)
                    from maxErrors in Gen.Elements(1000, 1000, 1000, 2, 5)
                    select new Mutation(document, edits, maxErrors)).ToArbitrary();
        }
    }
}
