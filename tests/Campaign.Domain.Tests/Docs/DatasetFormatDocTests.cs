using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Docs;

/// <summary>Keeps docs/dataset-format.md complete: every error code with an example in our words, every property of the
/// schema, every enumeration value and every length limit.</summary>
public sealed partial class DatasetFormatDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "dataset-format.md"));

    [Fact]
    public void EveryErrorCode_IsListedWithAnExampleMessage()
    {
        foreach (var code in Enum.GetValues<InputErrorCode>().Where(IsDatasetOrCatalogCode))
        {
            var row = Doc.Split('\n').FirstOrDefault(l => l.StartsWith($"| `{code}` |", StringComparison.Ordinal));
            row.Should().NotBeNull($"{code} has a row in the table of errors");
            ExampleLine().IsMatch(row!).Should().BeTrue($"the row of {code} shows an example error line: {row}");
        }
    }

    [Fact]
    public void ExampleMessages_AreTheReadersWording()
    {
        // Each example is rendered by the message table from the arguments it names, so the page cannot drift.
        var english = Enum.GetValues<InputErrorCode>().Where(IsDatasetOrCatalogCode)
            .Select(c => (Code: c, Text: new InputError("$", null, null, c, "ARG0", "ARG1", "ARG2").Message)).ToList();
        foreach (var (code, text) in english)
        {
            var row = Doc.Split('\n').First(l => l.StartsWith($"| `{code}` |", StringComparison.Ordinal));
            var fixedStart = text.Split("ARG")[0];
            if (fixedStart.Length >= 8 && code is not (InputErrorCode.WrongType or InputErrorCode.NotUtf8))
            {
                row.Should().Contain(fixedStart, $"the example of {code} starts as the reader's message does");
            }
        }
    }

    [Fact]
    public void EverySchemaPropertyAndEnumValue_IsDocumented()
    {
        using var schema = JsonDocument.Parse(CampaignDatasetSchema.Json);
        foreach (var definition in schema.RootElement.GetProperty("$defs").EnumerateObject())
        {
            if (definition.Value.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    Doc.Should().Contain($"`{property.Name}`", $"the property {definition.Name}.{property.Name} is documented");
                }
            }

            if (definition.Value.TryGetProperty("enum", out var values))
            {
                foreach (var value in values.EnumerateArray())
                {
                    Doc.Should().Contain($"`{value.GetString()}`", $"the value {value} of {definition.Name} is documented");
                }
            }
        }
    }

    [Fact]
    public void LengthLimits_AreTheReaders()
    {
        var limits = new[] { DatasetLimits.MaxIdLength, DatasetLimits.MaxNameLength, DatasetLimits.MaxChannelLength, DatasetLimits.MaxTextLength, DatasetLimits.MaxReferenceLength };
        var table = Doc[Doc.IndexOf("### Length limits", StringComparison.Ordinal)..Doc.IndexOf("## The document", StringComparison.Ordinal)];
        foreach (var limit in limits)
        {
            table.Should().Contain("| " + limit.ToString("N0", CultureInfo.InvariantCulture) + " |");
        }
    }

    // A JSON error with its line, a workbook error with its cell (or none, for the file as a whole).
    /// <summary>The codes this page lists: the dataset's (1–60) and the focus catalog's (101–115); the options' are in rules.md.</summary>
    private static bool IsDatasetOrCatalogCode(InputErrorCode code) => code != InputErrorCode.Custom && (int)code < 200;

    [GeneratedRegex(@"`(\$[^`]* \(line \d+(, position \d+)?\)|[^`\s]+ \(\$[^`)]*\)|\$[^`\s(]*|FP\.[A-Z0-9.]+): [^`]+`")]
    private static partial Regex ExampleLine();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Campaign.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Campaign.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
