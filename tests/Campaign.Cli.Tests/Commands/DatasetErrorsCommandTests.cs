using System.Text;
using System.Text.Json.Nodes;
using Campaign.Cli.Tests.Builders;
using static Campaign.Cli.Tests.Commands.ValidateCommandTests;

namespace Campaign.Cli.Tests.Commands;

/// <summary>Issue 16 through the command line: every bad file is refused with exit code 2, one error in our words with
/// its line and position, nothing on standard output and no report file written.</summary>
public sealed class DatasetErrorsCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty", "$ (line 1, position 1): the file is empty" },
        { "truncated", "the file ends before the JSON is complete" },
        { "trailing-comma", "a comma before '}' is not allowed (trailing comma)" },
        { "gbk", "looks saved as GBK (GB2312/GB18030, the usual encoding of Chinese Windows): save it as UTF-8" },
        { "latin-1", "looks saved as Latin-1 (Windows-1252): save it as UTF-8" },
        { "utf-16-bom", "$ (line 1, position 1): the file is saved as UTF-16, not UTF-8: save it as UTF-8" },
        { "utf-16", "$ (line 1, position 1): the file is saved as UTF-16, not UTF-8: save it as UTF-8" },
        { "too-long", "'measure' is too long: at most 10,000 characters are allowed" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Validate_BadFile_ExitsTwoWithOurMessage(string kind, string expected)
    {
        var path = Write(kind);

        var result = CliRunner.Run("validate", path);

        AssertRejected(result, expected);
        result.Stderr.Should().NotContainAny("isFinalBlock", "reader options", "LineNumber", "malformed JSON:");
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Check_BadFile_WritesNoReport(string kind, string expected)
    {
        var path = Write(kind);
        var report = _files.Path_("report.html");

        var result = CliRunner.Run("check", path, "--format", "html", "--output", report);

        AssertRejected(result, expected);
        File.Exists(report).Should().BeFalse("nothing is written for an invalid dataset");
    }

    [Fact]
    public void Validate_InChinese_WordsTheReadersErrorsInChinese()
    {
        var json = TestFiles.DistrictSmallJson();
        json["people"]![0]!.AsObject()["role"] = "nobody";

        var result = CliRunner.Run("validate", _files.Write("zh.json", json.ToJsonString()), "--lang", "zh");

        AssertRejected(result, "不允许的值“nobody”；应为下列值之一：principalLeader、teamMember、member");
        result.Stderr.Should().Contain("$.people[0].role（第 1 行）：").And.NotContain("is not allowed");
    }

    [Fact]
    public void Validate_GbkInChinese_SaysToSaveAsUtf8()
    {
        var result = CliRunner.Run("validate", Write("gbk"), "--lang", "zh");

        AssertRejected(result, "文件似乎是以 GBK（GB2312/GB18030，中文 Windows 的默认编码）保存的：请另存为 UTF-8 编码");
    }

    [Fact]
    public void Validate_FiveThousandErrors_SaysHowManyAndThatTheFirstThousandAreListed()
    {
        var json = TestFiles.DistrictSmallJson();
        var people = json["people"]!.AsArray();
        for (var i = 0; i < 5000; i++)
        {
            people.Add(new JsonObject { ["id"] = $"X-{i}", ["name"] = "王", ["unitId"] = "U-WD", ["role"] = "nobody" });
        }

        var result = CliRunner.Run("validate", _files.Write("many.json", json.ToJsonString()));

        AssertRejected(result, "is invalid (5,000 errors; the first 1,000 are listed):");
        result.Stderr.Split('\n').Count(l => l.StartsWith("  $.people[", StringComparison.Ordinal)).Should().Be(1000);
        CliRunner.Run("validate", _files.Path_("many.json"), "--lang", "zh").Stderr.Should().Contain("无效（共 5,000 处错误，列出前 1,000 处）：");
    }

    private string Write(string kind)
    {
        var valid = File.ReadAllText(TestFiles.DistrictSmall);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = kind switch
        {
            "empty" => [],
            "truncated" => Encoding.UTF8.GetBytes(valid[..(valid.Length / 2)]),
            "trailing-comma" => Encoding.UTF8.GetBytes(ReplaceFirst(valid, "\"focusLists\": [\"C\", \"WD\"]", "\"focusLists\": [\"C\", \"WD\"],")),
            "gbk" => Encoding.GetEncoding(936).GetBytes(valid),
            "latin-1" => Encoding.Latin1.GetBytes(ReplaceFirst(valid, "\"name\": \"", "\"name\": \"Café ")),
            "utf-16-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(valid)],
            "utf-16" => Encoding.Unicode.GetBytes(valid),
            _ => Encoding.UTF8.GetBytes(ReplaceFirst(valid, "\"measure\": \"", "\"measure\": \"" + new string('长', 10_001))),
        };
        var path = _files.Path_(kind + ".json");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"'{from}' is in the example");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
