using System.Text.Json;
using Campaign.Cli.Tests.Builders;
using Campaign.Domain.Serialization;

namespace Campaign.Cli.Tests.Commands;

public sealed class SchemaCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Schema_PrintsTheLibrarysSchema()
    {
        var result = CliRunner.Run("schema");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().Be(CampaignDatasetSchema.Json);
        using var schema = JsonDocument.Parse(result.Stdout);
        schema.RootElement.GetProperty("title").GetString().Should().Be("campaign-dataset/1");
    }

    [Fact]
    public void Schema_WithOutput_WritesTheFileWithoutAByteOrderMark()
    {
        var path = _files.Path_(CampaignDatasetSchema.FileName);

        var result = CliRunner.Run("schema", "--output", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().BeEmpty();
        File.ReadAllBytes(path).Should().Equal(CampaignDatasetSchema.Utf8Json.ToArray());
    }

    [Fact]
    public void Schema_OutputInAMissingFolder_ExitsTwoNamingIt()
    {
        var result = CliRunner.Run("schema", "--output", Path.Combine(_files.Folder, "no-such-folder", "schema.json"));

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("no-such-folder").And.Contain("does not exist");
    }
}
