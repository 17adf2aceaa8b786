using System.Text.Json.Nodes;
using Campaign.Cli.Tests.Builders;

namespace Campaign.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_TheSmallExample_PrintsValidAndItsCounts()
    {
        var result = CliRunner.Run("validate", TestFiles.DistrictSmall);

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().StartWith("valid: ")
            .And.Contain("5 units, 6 people, 4 opinions, 13 problems, 9 rectifications");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Validate_StandardInput_ReadsTheDatasetFromIt()
    {
        var result = CliRunner.RunWithInput(File.ReadAllText(TestFiles.DistrictSmall), "validate", "-");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("<stdin>").And.Contain("13 problems");
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = _files.Path_("nope.json");

        var result = CliRunner.Run("validate", missing);

        AssertRejected(result, "nope.json");
        result.Stderr.Should().Contain("no such file");
    }

    [Fact]
    public void Validate_MalformedJson_ReportsTheLine()
    {
        var path = _files.Write("bad.json", "{\n  \"format\": \"campaign-dataset/1\",\n  \"campaign\": {\n    \"name\": \"x\",,\n  }\n}\n");

        var result = CliRunner.Run("validate", path);

        AssertRejected(result, "(line 4");
    }

    [Fact]
    public void Validate_UnknownProperty_ReportsItsPath()
    {
        var json = TestFiles.DistrictSmallJson();
        json["units"]![0]!.AsObject()["colour"] = "red";

        AssertRejected(ValidateJson(json), "$.units[0].colour");
    }

    [Fact]
    public void Validate_BadEnumValue_ReportsItsPath()
    {
        var json = TestFiles.DistrictSmallJson();
        json["units"]![1]!["kind"] = "windowUnit";

        AssertRejected(ValidateJson(json), "$.units[1].kind");
    }

    [Fact]
    public void Validate_ImpossibleDate_ReportsItsPath()
    {
        var json = TestFiles.DistrictSmallJson();
        json["problems"]![2]!["identifiedOn"] = "2014-02-30";

        AssertRejected(ValidateJson(json), "$.problems[2].identifiedOn");
    }

    [Fact]
    public void Validate_DuplicateId_ReportsTheSecondOccurrence()
    {
        var json = TestFiles.DistrictSmallJson();
        json["people"]![3]!["id"] = "P-01";

        AssertRejected(ValidateJson(json), "$.people[3].id");
    }

    [Fact]
    public void Validate_DanglingReference_ReportsItsPath()
    {
        var json = TestFiles.DistrictSmallJson();
        json["rectifications"]![0]!["problemIds"] = new JsonArray("PR-01", "PR-99");

        AssertRejected(ValidateJson(json), "$.rectifications[0].problemIds[1]");
    }

    [Fact]
    public void Validate_OwnerInAnotherUnit_ReportsTheOwnersPath()
    {
        var json = TestFiles.DistrictSmallJson();
        json["problems"]![1]!["owner"]!["personId"] = "P-11";

        AssertRejected(ValidateJson(json), "$.problems[1].owner.personId");
    }

    [Fact]
    public void Validate_ReversedPeriod_ReportsThePeriodsPath()
    {
        var json = TestFiles.DistrictSmallJson();
        json["units"]![0]!["education"]!["end"] = "2014-03-01";

        AssertRejected(ValidateJson(json), "$.units[0].education");
    }

    [Fact]
    public void Validate_ParentLoop_ReportsTheLoopingUnit()
    {
        var json = TestFiles.DistrictSmallJson();
        json["units"]![0]!.AsObject()["parentId"] = "U-BGSQ";

        AssertRejected(ValidateJson(json), "$.units[0].parentId");
    }

    [Fact]
    public void Validate_SeveralErrors_ReportsEveryOneOnItsOwnLine()
    {
        var json = TestFiles.DistrictSmallJson();
        json["units"]![1]!["kind"] = "windowUnit";
        json["problems"]![2]!["identifiedOn"] = "2014-02-30";
        json["people"]![3]!["id"] = "P-01";

        var result = ValidateJson(json);

        AssertRejected(result, "$.units[1].kind");
        var errorLines = result.Stderr.Split('\n').Where(l => l.StartsWith("  $.", StringComparison.Ordinal)).ToArray();
        errorLines.Should().HaveCountGreaterThanOrEqualTo(3);
        errorLines.Should().Contain(l => l.Contains("$.problems[2].identifiedOn"));
        errorLines.Should().Contain(l => l.Contains("$.people[3].id"));
        result.Stderr.Should().Contain("errors):");
    }

    [Fact]
    public void Validate_WithoutPath_ValidatesTheEmbeddedSample()
    {
        var result = CliRunner.Run("validate");
        var check = CliRunner.Run("check", "-f", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using var report = System.Text.Json.JsonDocument.Parse(check.Stdout);
        var dataset = report.RootElement.GetProperty("dataset");
        result.Stdout.Should().Be(
            $"valid: <sample: Weidu district 2014>: {dataset.GetProperty("units").GetInt32()} units, {dataset.GetProperty("people").GetInt32()} people, "
            + $"{dataset.GetProperty("opinions").GetInt32()} opinions, {dataset.GetProperty("problems").GetInt32()} problems, "
            + $"{dataset.GetProperty("rectifications").GetInt32()} rectifications\n");
    }

    [Fact]
    public void Validate_WithoutPathInChinese_NamesTheSampleAndTheCountsInChinese()
    {
        var result = CliRunner.Run("validate", "--lang", "zh");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().StartWith("有效：〈示例数据：魏都区 2014〉：单位 17 个，人员 37 名，");
    }

    internal static void AssertRejected(CliResult result, string expectedOnStderr)
    {
        result.ExitCode.Should().Be(2, "invalid input or usage exits with 2 (stderr: {0})", result.Stderr);
        result.Stdout.Should().BeEmpty("nothing goes to the report output on bad input");
        result.Stderr.Should().Contain(expectedOnStderr);
        result.Stderr.Should().NotContain("   at ", "bad input never shows a stack trace");
        result.Stderr.Should().NotContain("Exception");
    }

    private CliResult ValidateJson(JsonObject json) => CliRunner.Run("validate", _files.Write("dataset.json", json.ToJsonString()));
}
