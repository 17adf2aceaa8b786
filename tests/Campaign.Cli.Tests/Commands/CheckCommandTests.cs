using System.Text;
using System.Text.Json;
using Campaign.Cli.Tests.Builders;

namespace Campaign.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Check_SmallExampleAsJson_ListsExactlyTheExpectedFindingsInOrder()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--as-of", "2014-07-15", "--format", "json");

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        using var actual = JsonDocument.Parse(result.Stdout);
        using var expected = JsonDocument.Parse(File.ReadAllText(TestFiles.DistrictSmallExpected));
        Keys(actual.RootElement.GetProperty("findings")).Should().Equal(Keys(expected.RootElement.GetProperty("findings")));
        actual.RootElement.GetProperty("summary").GetProperty("findings").GetInt32()
            .Should().Be(expected.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Theory]
    [InlineData("table", "中共魏都区委 (U-WD)")]
    [InlineData("json", "\"format\": \"campaign-report/1\"")]
    [InlineData("markdown", "## Findings by unit")]
    [InlineData("csv", "Unit name,Unit id,Rule id,Rule title,Family,Severity,Subject type,Subject id,Subject,Deadline,Responsible person,Responsible unit,Days overdue,Message")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Check_EachFormat_WritesTheReportToStandardOutput(string format, string expected)
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--format", format);

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain(expected);
        result.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("csv")]
    [InlineData("html")]
    [InlineData("table")]
    public void Check_TwoRuns_GiveIdenticalOutput(string format)
    {
        var first = CliRunner.Run("check", "--format", format, "--lang", "zh");
        var second = CliRunner.Run("check", "--format", format, "--lang", "zh");

        first.ExitCode.Should().Be(0);
        second.Stdout.Should().Be(first.Stdout);
    }

    [Fact]
    public void Check_StandardInput_GivesTheSameReportAsTheFile()
    {
        var fromFile = CliRunner.Run("check", TestFiles.DistrictSmall, "--format", "json");

        var fromStdin = CliRunner.RunWithInput(File.ReadAllText(TestFiles.DistrictSmall), "check", "-", "--format", "json");

        fromStdin.ExitCode.Should().Be(0);
        fromStdin.Stdout.Should().Be(fromFile.Stdout);
    }

    [Fact]
    public void Check_StandardInput_IsReadButLeftOpen()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new MemoryStream(File.ReadAllBytes(TestFiles.DistrictSmall));

        var code = CampaignApp.Run(["check", "-", "--format", "json"], stdout, stderr, input, CliEnvironment.Redirected);

        code.Should().Be(0);
        input.CanRead.Should().BeTrue("standard input belongs to the caller");
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("low", 1)]
    [InlineData("medium", 1)]
    [InlineData("high", 1)]
    public void Check_FailOn_ExitsOneWhenAFindingReachesTheSeverity(string failOn, int expected)
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--format", "json", "--fail-on", failOn);

        result.ExitCode.Should().Be(expected);
        result.Stdout.Should().Contain("campaign-report/1", "the report is written whatever the exit code");
    }

    [Fact]
    public void Check_FailOnHighWithOnlyLowFindingsLeft_ExitsZero()
    {
        var allButOvd002 = string.Join(',', Campaign.Compliance.Catalog.ComplianceRuleCatalog.Shipped.Rules.Select(r => r.Id).Where(id => id != "OVD-002"));

        var high = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--disable", allButOvd002, "--fail-on", "medium");
        var low = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--disable", allButOvd002, "--fail-on", "low");

        high.ExitCode.Should().Be(0);
        low.ExitCode.Should().Be(1);
        high.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Should().OnlyContain(row => row.Contains(",OVD-002,Completed after the deadline,overdue,low,", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Output_WritesTheFileAndNothingToStandardOutput()
    {
        var path = _files.Path_("report.json");
        var toStdout = CliRunner.Run("check", TestFiles.DistrictSmall, "--format", "json");

        var toFile = CliRunner.Run("check", TestFiles.DistrictSmall, "--format", "json", "--output", path);

        toFile.ExitCode.Should().Be(0);
        toFile.Stdout.Should().BeEmpty();
        File.ReadAllBytes(path).Should().Equal(new UTF8Encoding(false).GetBytes(toStdout.Stdout));
        Directory.GetFiles(_files.Folder).Should().ContainSingle("the temporary file was renamed into place");
    }

    [Fact]
    public void Check_OutputOnInvalidInput_LeavesTheExistingReportUntouched()
    {
        var path = _files.Write("report.json", "previous report");
        var bad = _files.Write("bad.json", "{ \"format\": ");

        var result = CliRunner.Run("check", bad, "--format", "json", "--output", path);

        ValidateCommandTests.AssertRejected(result, "bad.json");
        File.ReadAllText(path).Should().Be("previous report");
        Directory.GetFiles(_files.Folder).Should().HaveCount(2);
    }

    [Fact]
    public void Check_OutputIntoAMissingFolder_ExitsTwo()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "json", "-o", Path.Combine(_files.Folder, "missing", "r.json"));

        ValidateCommandTests.AssertRejected(result, "does not exist");
    }

    [Fact]
    public void Check_AsOf_OverridesTheDatasetsDate()
    {
        // R-03's deadline is 2014-06-30: overdue on 2014-07-15, not on the deadline day itself.
        var july = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--as-of", "2014-07-15");
        var deadlineDay = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--as-of", "2014-06-30");

        july.Stdout.Should().Contain(",OVD-001,Rectification overdue,overdue,high,rectification,R-03,");
        deadlineDay.Stdout.Should().NotContain(",OVD-001,Rectification overdue,overdue,high,rectification,R-03,");
        deadlineDay.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Check_Lang_WritesMessagesInChinese()
    {
        var en = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--lang", "en");
        var zh = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--lang", "zh");

        zh.Stdout.Should().NotBe(en.Stdout);
        zh.Stdout.Split("\r\n")[1].Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public void Check_Disable_LeavesTheRulesFindingsOut()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--disable", "SUP-006,OVD-007");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().NotContain(",SUP-006,").And.NotContain(",OVD-007,").And.Contain(",OVD-001,");
    }

    [Fact]
    public void Check_DisableUnknownRule_ExitsTwoNamingIt()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--disable", "OVD-999");

        ValidateCommandTests.AssertRejected(result, "'OVD-999'");
    }

    [Fact]
    public void Check_Focus_ReplacesTheDatasetsFocusLists()
    {
        // PR-30's focus id FP.WD.COM.01 satisfies U-BGSQ's focus only when the Weidu list is in use.
        var central = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--focus", "C");
        var weidu = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--focus", "C,WD");

        central.Stdout.Should().Contain(",MIS-005,Focus problems avoided,mismatch,medium,unit,U-BGSQ,");
        weidu.Stdout.Should().NotContain(",MIS-005,Focus problems avoided,mismatch,medium,unit,U-BGSQ,");
    }

    [Fact]
    public void Check_FocusUnknownList_ExitsTwoListingTheKnownOnes()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--focus", "C,XX");

        ValidateCommandTests.AssertRejected(result, "'XX'");
        result.Stderr.Should().Contain("WD");
    }

    [Fact]
    public void Check_OptionsFile_ChangesThresholds()
    {
        // R-10 was rated 0.86 by the masses: below the default target 0.90, above 0.80.
        var options = _files.Write("options.json", "{ \"satisfactionTarget\": 0.80 }");

        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv", "--options", options);
        var defaults = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "csv");

        defaults.Stdout.Should().Contain(",SUP-003,Satisfaction of the masses below target,superficial,medium,rectification,R-10,");
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().NotContain(",SUP-003,");
    }

    [Fact]
    public void Check_InvalidOptionsFile_ExitsTwoWithEveryError()
    {
        var options = _files.Write("options.json", "{ \"satisfactionTarget\": 1.5, \"claimWindowDays\": -1, \"colour\": 1 }");

        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--options", options);

        ValidateCommandTests.AssertRejected(result, "satisfactionTarget");
        result.Stderr.Should().Contain("claimWindowDays").And.Contain("colour");
    }

    [Fact]
    public void Check_InvalidOptionsFileInChinese_GivesEveryDetailInChinese()
    {
        var options = _files.Write("options.json", "{ \"satisfactionTarget\": 1.5, \"claimWindowDays\": \"20\", \"colour\": 1 }");

        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--options", options, "--lang", "zh");

        ValidateCommandTests.AssertRejected(result, $"选项文件“{options}”无效：");
        result.Stderr.Should().Contain("  $.claimWindowDays：应为整数，实际为\"20\"。")
            .And.Contain("  $.colour：未知属性“colour”；可用的属性：immediateWindowDays、")
            .And.Contain("  $.satisfactionTarget：应在 0 到 1 之间（当前为 1.5）。")
            .And.NotContain("expected").And.NotContain("must be");
    }

    [Fact]
    public void Check_MalformedOptionsFile_NamesLineAndPositionInTheReportLanguage()
    {
        var options = _files.Write("options.json", "{\n  \"claimWindowDays\": 3,\n}");

        var english = CliRunner.Run("check", TestFiles.DistrictSmall, "--options", options);
        var chinese = CliRunner.Run("check", TestFiles.DistrictSmall, "--options", options, "--lang", "zh");

        ValidateCommandTests.AssertRejected(english, "(line 3, position 1): malformed JSON: look for a missing or extra comma");
        ValidateCommandTests.AssertRejected(chinese, "（第 3 行，第 1 个字节）：JSON 格式有误：请检查此处是否缺少或多出逗号");
        english.Stderr.Should().NotContain("BytePositionInLine").And.NotContain("LineNumber");
    }

    [Fact]
    public void Check_MissingOptionsFile_ExitsTwo()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--options", _files.Path_("none.json"));

        ValidateCommandTests.AssertRejected(result, "none.json");
    }

    [Fact]
    public void Check_InvalidDataset_ExitsTwoWithThePathAndNoReport()
    {
        var json = TestFiles.DistrictSmallJson();
        json["rectifications"]![3]!["status"] = "done";

        var result = CliRunner.Run("check", _files.Write("d.json", json.ToJsonString()), "--format", "json");

        ValidateCommandTests.AssertRejected(result, "$.rectifications[3].status");
    }

    [Fact]
    public void Check_DefaultFormat_IsTableOnATerminalAndJsonWhenRedirected()
    {
        var terminal = CliRunner.RunIn(CliEnvironment.Redirected with { OutputIsTerminal = true }, [], "check", TestFiles.DistrictSmall);
        var redirected = CliRunner.RunIn(CliEnvironment.Redirected, [], "check", TestFiles.DistrictSmall);

        terminal.Stdout.Should().Contain("╭").And.NotContain("campaign-report/1");
        redirected.Stdout.Should().StartWith("{").And.Contain("campaign-report/1");
    }

    [Fact]
    public void Check_DatasetWithoutAsOf_UsesTodayFromTheEnvironment()
    {
        var json = TestFiles.DistrictSmallJson();
        json["campaign"]!.AsObject().Remove("asOf");
        var path = _files.Write("d.json", json.ToJsonString());

        var result = CliRunner.RunIn(CliEnvironment.Redirected with { Today = new DateOnly(2014, 6, 1) }, [], "check", path, "-f", "json");

        result.Stdout.Should().Contain("\"asOf\": \"2014-06-01\"");
    }

    [Fact]
    public void Check_EngineNRules_RunsOnNRulesAndWritesTheSameBytesAsTheIndexedEngine()
    {
        var indexed = CliRunner.Run("check", "--format", "json", "--lang", "zh", "--engine", "indexed", "--verbose");
        var nrules = CliRunner.Run("check", "--format", "json", "--lang", "zh", "--engine", "nrules", "--verbose");
        var byDefault = CliRunner.Run("check", "--format", "json", "--lang", "zh", "--verbose");

        nrules.ExitCode.Should().Be(0);
        indexed.Stderr.Should().Contain("在 indexed 引擎上");
        nrules.Stderr.Should().Contain("在 nrules 引擎上");
        byDefault.Stderr.Should().Contain("在 indexed 引擎上");
        nrules.Stdout.Should().Contain("\"ruleId\"").And.Be(indexed.Stdout);
    }

    [Fact]
    public void Check_EngineFromTheOptionsFile_IsUsedUnlessTheCommandLineNamesOne()
    {
        var options = _files.Write("options.json", "{ \"engine\": \"nrules\" }");

        var fromFile = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "json", "--options", options, "--verbose");
        var overridden = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "json", "--options", options, "--engine", "indexed", "--verbose");

        fromFile.Stderr.Should().Contain("on the nrules engine");
        overridden.Stderr.Should().Contain("on the indexed engine");
        overridden.Stdout.Should().Be(fromFile.Stdout);
    }

    [Fact]
    public void Check_UnknownEngine_ExitsTwoNamingTheChoices()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--engine", "drools");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("drools").And.Contain("indexed").And.Contain("nrules");
    }

    [Fact]
    public void Check_Verbose_ReportsTimingsOnStandardErrorOnly()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "json", "--verbose");

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().Contain("checked as of 2014-07-15");
        result.Stdout.Should().StartWith("{");
    }

    [Fact]
    public void Check_ProgressOnATerminal_GoesToStandardErrorAndQuietSilencesIt()
    {
        var terminal = CliEnvironment.Redirected with { ErrorIsTerminal = true };

        var shown = CliRunner.RunIn(terminal, [], "check", TestFiles.DistrictSmall, "-f", "json");
        var quiet = CliRunner.RunIn(terminal, [], "check", TestFiles.DistrictSmall, "-f", "json", "--quiet");

        shown.Stderr.Should().Contain("reading").And.Contain("100%");
        quiet.Stderr.Should().BeEmpty();
        quiet.Stdout.Should().Be(shown.Stdout);
    }

    [Fact]
    public void Check_TableOnATerminal_ShowsNoWritingProgressThatWouldInterleaveWithIt()
    {
        var terminal = CliEnvironment.Redirected with { OutputIsTerminal = true, ErrorIsTerminal = true };

        var result = CliRunner.RunIn(terminal, [], "check", TestFiles.DistrictSmall);

        result.Stderr.Should().Contain("reading").And.NotContain("writing report");
        result.Stdout.Should().Contain("中共魏都区委 (U-WD)");
    }

    [Fact]
    public void Check_UnexpectedFailure_ExitsThreeWithOneLineAndTheTraceOnlyWhenVerbose()
    {
        var plain = RunWithBrokenOutput("check", TestFiles.DistrictSmall, "-f", "json");
        var verbose = RunWithBrokenOutput("check", TestFiles.DistrictSmall, "-f", "json", "--verbose");

        plain.ExitCode.Should().Be(3);
        plain.Stderr.TrimEnd('\n').Should().NotContain("\n").And.Contain("internal error").And.Contain("--verbose");
        verbose.ExitCode.Should().Be(3);
        verbose.Stderr.Should().Contain("   at ");
    }

    private static CliResult RunWithBrokenOutput(params string[] args)
    {
        using var stderr = new StringWriter();
        using var stdin = new MemoryStream();
        var code = CampaignApp.Run(args, new BrokenWriter(), stderr, stdin, CliEnvironment.Redirected);
        return new CliResult(code, string.Empty, stderr.ToString());
    }

    private static IEnumerable<string> Keys(JsonElement findings) =>
        findings.EnumerateArray().Select(f =>
            $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("subjectType").GetString()} {f.GetProperty("subjectId").GetString()} {f.GetProperty("unitId").GetString()}").ToArray();

    /// <summary>A standard output whose writes fail with a bug-like exception (not an input error).</summary>
    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("broken writer");

        public override void Write(string? value) => throw new InvalidOperationException("broken writer");

        public override void Write(char[] buffer, int index, int count) => throw new InvalidOperationException("broken writer");
    }

    [Fact]
    public void Check_FormatXlsx_WritesAWorkbookToTheOutputFile()
    {
        using var files = new TestFiles();
        var path = files.Path_("报告.xlsx");

        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--format", "xlsx", "--lang", "zh", "--output", path);

        result.ExitCode.Should().Be(0);
        var bytes = File.ReadAllBytes(path);
        bytes.AsSpan(0, 2).ToArray().Should().Equal((byte)'P', (byte)'K');
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).Should().Equal("概况", "核查发现", "单位×类别");
        Directory.GetFiles(files.Folder).Should().ContainSingle("the temporary file was renamed into place");
    }

    [Fact]
    public void Check_FormatXlsxWithoutOutput_ExitsTwoAskingForAFile()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--format", "xlsx");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("--output");
    }

    [Fact]
    public void Check_FormatCsvToAFile_StartsWithTheByteOrderMark()
    {
        using var files = new TestFiles();
        var path = files.Path_("report.csv");

        CliRunner.Run("check", TestFiles.DistrictSmall, "--format", "csv", "--lang", "zh", "--output", path).ExitCode.Should().Be(0);

        var bytes = File.ReadAllBytes(path);
        bytes.AsSpan(0, 3).ToArray().Should().Equal(0xEF, 0xBB, 0xBF);
        System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3)).Should().StartWith("单位名称,单位编号,规则编号,");
    }
}
