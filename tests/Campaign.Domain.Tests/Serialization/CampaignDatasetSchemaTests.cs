using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;
using static Campaign.Domain.Tests.Serialization.DatasetDocuments;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>The shipped JSON Schema agrees with the reader and the writer: the same properties, the same enumerations,
/// the same limits; real datasets satisfy it and invalid ones do not.</summary>
public sealed class CampaignDatasetSchemaTests
{
    /// <summary>The reader's list of allowed properties (a constant of <see cref="DatasetParser"/>) for each object of the schema.</summary>
    private static readonly Dictionary<string, string> ReaderLists = new()
    {
        ["RootProperties"] = "$",
        ["CampaignProperties"] = "campaign",
        ["UnitProperties"] = "unit",
        ["PeriodProperties"] = "period",
        ["WeakLaxProperties"] = "weakLax",
        ["PersonProperties"] = "person",
        ["OpinionProperties"] = "opinion",
        ["ProblemProperties"] = "problem",
        ["OwnerProperties"] = "owner",
        ["RectificationProperties"] = "rectification",
        ["EvidenceProperties"] = "evidence",
        ["EvaluationProperties"] = "evaluation",
    };

    private static readonly JsonDocument Schema = JsonDocument.Parse(CampaignDatasetSchema.Json);

    private static JsonSchemaChecker Checker => new(Schema.RootElement);

    [Fact]
    public void Schema_IsDraft202012JsonAndTheSameThroughEveryAccessor()
    {
        Schema.RootElement.GetProperty("$schema").GetString().Should().EndWith("/draft/2020-12/schema");
        var written = new MemoryStream();
        CampaignDatasetSchema.WriteTo(written);
        written.ToArray().Should().Equal(CampaignDatasetSchema.Utf8Json.ToArray());
        Encoding.UTF8.GetString(written.ToArray()).Should().Be(CampaignDatasetSchema.Json);
        written.ToArray().Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Fact]
    public void Schema_NamesExactlyThePropertiesTheReaderAccepts()
    {
        var lists = typeof(DatasetParser).GetFields(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("Properties", StringComparison.Ordinal))
            .ToDictionary(f => f.Name, f => ((string)f.GetRawConstantValue()!).Split(", "));

        lists.Keys.Should().BeEquivalentTo(ReaderLists.Keys, "every object the reader knows is in the schema");
        foreach (var (list, definition) in ReaderLists)
        {
            PropertiesOf(definition).Should().Equal(lists[list], $"the properties of {definition} in the schema, in the reader's order");
        }
    }

    [Fact]
    public void Schema_NamesEveryPropertyTheWriterWrites()
    {
        var written = new Dictionary<string, HashSet<string>>();
        foreach (var dataset in new[] { Read(Valid), CampaignGenerator.Generate(DatasetPreset.District, 3), CampaignGenerator.Generate(DatasetPreset.County, 7) })
        {
            var stream = new MemoryStream();
            CampaignDatasetWriter.Write(dataset, stream);
            Collect(JsonNode.Parse(stream.ToArray())!.AsObject(), "$", written);
        }

        written.Keys.Should().BeEquivalentTo(ReaderLists.Values, "the writer writes every object of the schema");
        foreach (var (definition, names) in written)
        {
            names.Should().BeEquivalentTo(PropertiesOf(definition), $"the writer writes every property of {definition} (optional ones when set) and no other");
        }
    }

    [Fact]
    public void Schema_EnumerationsAreTheReadersNames()
    {
        var enums = typeof(DatasetEnums).GetFields(BindingFlags.Public | BindingFlags.Static);
        enums.Should().HaveCount(13);
        foreach (var field in enums)
        {
            var definition = char.ToLowerInvariant(field.Name[0]) + field.Name[1..];
            var names = (string[])field.FieldType.GetProperty("Names")!.GetValue(field.GetValue(null))!;
            Definition(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().Equal(names, definition);
        }
    }

    [Fact]
    public void Schema_LengthLimitsAreTheReaders()
    {
        Definition("id").GetProperty("maxLength").GetInt32().Should().Be(DatasetLimits.MaxIdLength);
        Definition("name").GetProperty("maxLength").GetInt32().Should().Be(DatasetLimits.MaxNameLength);
        Definition("text").GetProperty("maxLength").GetInt32().Should().Be(DatasetLimits.MaxTextLength);
        Definition("campaign").GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32().Should().Be(DatasetLimits.MaxNameLength);
        Definition("opinion").GetProperty("properties").GetProperty("channel").GetProperty("maxLength").GetInt32().Should().Be(DatasetLimits.MaxChannelLength);
        Definition("evidence").GetProperty("properties").GetProperty("reference").GetProperty("maxLength").GetInt32().Should().Be(DatasetLimits.MaxReferenceLength);
    }

    [Fact]
    public void ValidDatasets_SatisfyTheSchema()
    {
        Checker.Check(Parse(Valid)).Should().BeEmpty();
        Checker.Check(Parse(File.ReadAllText(ExamplePath))).Should().BeEmpty();
        foreach (var (preset, seed) in new[] { (DatasetPreset.District, 1), (DatasetPreset.District, 2), (DatasetPreset.County, 7) })
        {
            var stream = new MemoryStream();
            CampaignDatasetWriter.Write(CampaignGenerator.Generate(preset, seed), stream);
            using var document = JsonDocument.Parse(stream.ToArray());
            Checker.Check(document.RootElement).Should().BeEmpty($"{preset} {seed}");
        }
    }

    [Theory]
    [InlineData("\"format\": \"campaign-dataset/1\"", "\"format\": \"campaign-dataset/2\"", "$.format: const")]
    [InlineData("\"batch\": \"second\"", "\"batch\": \"third\"", "$.campaign.batch: enum")]
    [InlineData("\"name\": \"测试活动\"", "\"name\": \" \"", "$.campaign.name: pattern")]
    [InlineData("\"role\": \"member\"", "\"role\": \"member\", \"age\": 40", "$.people[1].age: additionalProperties")]
    [InlineData("{ \"id\": \"P-1\", \"name\": \"王\", ", "{ \"name\": \"王\", ", "$.people[0].id: required")]
    [InlineData("\"id\": \"U-1\"", "\"id\": \"\"", "$.units[0].id: minLength")]
    [InlineData("\"receivedOn\": \"2014-03-20\"", "\"receivedOn\": \"2014-3-20\"", "$.opinions[0].receivedOn: pattern")]
    [InlineData("\"category\": \"work\"", "\"category\": \"work\", \"fourWinds\": [\"hedonism\"]", "$.problems[1].fourWinds: type")]
    [InlineData("\"owner\": { \"level\": \"team\" }", "\"owner\": { \"level\": \"team\", \"personId\": \"P-1\" }", "$.problems[0].owner.personId: type")]
    [InlineData("\"owner\": { \"level\": \"individual\", \"personId\": \"P-1\" }", "\"owner\": { \"level\": \"individual\" }", "$.problems[1].owner.personId: required")]
    [InlineData("\"status\": \"inProgress\"", "\"status\": \"inProgress\", \"completedOn\": \"2014-06-01\"", "$.rectifications[1].completedOn: type")]
    [InlineData("\"status\": \"completed\", \"completedOn\": \"2014-06-20\"", "\"status\": \"completed\"", "$.rectifications[0].completedOn: required")]
    [InlineData("\"satisfiedRate\": 0.9", "\"satisfiedRate\": 1.5", "$.rectifications[0].evaluation.satisfiedRate: maximum")]
    [InlineData("\"satisfiedRate\": 0.9, ", "", "$.rectifications[0].evaluation.satisfiedRate: required")]
    [InlineData("\"respondents\": 10", "\"respondents\": 2.5", "$.rectifications[0].evaluation.respondents: type")]
    [InlineData("\"problemIds\": [\"PR-2\"]", "\"problemIds\": []", "$.rectifications[1].problemIds: minItems")]
    public void InvalidDatasets_ViolateTheSchemaWhereTheReaderRefusesThem(string from, string to, string violation)
    {
        var json = Change((from, to));

        ErrorsOf(json).Should().NotBeEmpty("the reader refuses it too");
        Checker.Check(Parse(json)).Should().Contain(violation);
    }

    [Fact]
    public void TooLongText_ViolatesTheSchema()
    {
        var json = Change(("\"measure\": \"精简\"", "\"measure\": \"" + new string('长', DatasetLimits.MaxTextLength + 1) + "\""));

        Checker.Check(Parse(json)).Should().Contain("$.rectifications[0].measure: maxLength");
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static JsonElement Definition(string name) => Schema.RootElement.GetProperty("$defs").GetProperty(name);

    private static string[] PropertiesOf(string definition) =>
        (definition == "$" ? Schema.RootElement : Definition(definition)).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>The property names of every object in a written document, by the schema definition the object belongs to.</summary>
    private static void Collect(JsonObject node, string definition, Dictionary<string, HashSet<string>> written)
    {
        if (!written.TryGetValue(definition, out var names))
        {
            written[definition] = names = [];
        }

        foreach (var (name, value) in node)
        {
            names.Add(name);
            var child = (definition, name) switch
            {
                ("$", "campaign") => "campaign",
                ("$", "units") => "unit",
                ("$", "people") => "person",
                ("$", "opinions") => "opinion",
                ("$", "problems") => "problem",
                ("$", "rectifications") => "rectification",
                ("unit", "education") => "period",
                ("unit", "weakLax") => "weakLax",
                ("problem", "owner") => "owner",
                ("rectification", "evidence") => "evidence",
                ("rectification", "evaluation") => "evaluation",
                _ => null,
            };
            if (child is null)
            {
                continue;
            }

            foreach (var item in value is JsonArray array ? array.OfType<JsonObject>() : [value!.AsObject()])
            {
                Collect(item, child, written);
            }
        }
    }
}
