using System.Text;
using Campaign.Cli.Tests.Builders;

namespace Campaign.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Generate_SamePresetAndSeed_GivesTheSameBytes()
    {
        var first = CliRunner.Run("generate", "--preset", "district", "--seed", "7");
        var second = CliRunner.Run("generate", "--preset", "district", "--seed", "7");

        first.ExitCode.Should().Be(0);
        first.Stdout.Should().StartWith("{").And.Contain("campaign-dataset/1");
        second.Stdout.Should().Be(first.Stdout);
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentDatasets()
    {
        var seven = CliRunner.Run("generate", "--preset", "district", "--seed", "7");
        var eight = CliRunner.Run("generate", "--preset", "district", "--seed", "8");

        eight.Stdout.Should().NotBe(seven.Stdout);
    }

    [Fact]
    public void Generate_Output_WritesAValidDatasetThatChecks()
    {
        var path = _files.Path_("district.json");

        var generated = CliRunner.Run("generate", "--preset", "district", "--output", path);
        var validated = CliRunner.Run("validate", path);
        var checkedReport = CliRunner.Run("check", path, "--format", "json");

        generated.ExitCode.Should().Be(0);
        generated.Stdout.Should().BeEmpty();
        validated.ExitCode.Should().Be(0);
        validated.Stdout.Should().StartWith("valid: ");
        checkedReport.ExitCode.Should().Be(0);
        checkedReport.Stdout.Should().Contain("\"findings\": [");
        File.ReadAllBytes(path).Take(3).Should().NotEqual(new UTF8Encoding(true).GetPreamble());
    }

    [Fact]
    public void Generate_ToStandardOutput_EqualsTheFileBytes()
    {
        var path = _files.Path_("d.json");

        var toStdout = CliRunner.Run("generate", "--preset", "district", "--seed", "3");
        CliRunner.Run("generate", "--preset", "district", "--seed", "3", "-o", path);

        File.ReadAllText(path, Encoding.UTF8).Should().Be(toStdout.Stdout);
    }

    [Fact]
    public void Generate_UnknownPreset_IsAUsageError()
    {
        var result = CliRunner.Run("generate", "--preset", "city");

        ValidateCommandTests.AssertRejected(result, "'district', 'county', 'province'");
    }
}
