using System.Text.RegularExpressions;
using Campaign.Cli.Tests.Builders;

namespace Campaign.Cli.Tests;

/// <summary>
/// With <c>--lang zh</c> the command line's own words (validate, errors, progress, rules, <c>--fail-on</c>, narrowing) are
/// Chinese: no English word is left once ids, option names and values, file names and the tool's name are taken out.
/// The rule sources cite the campaign documents in Chinese too; dataset reader messages are not the command line's.
/// </summary>
public sealed partial class ChineseOutputTests : IDisposable
{
    /// <summary>Option values and codes a user types as they are.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "low", "medium", "high", "table", "json", "markdown", "csv", "html", "xlsx", "indexed", "nrules", "C", "WD", "HN", "AH",
        "en", "zh",
    };

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void EveryMessageTheCommandLineWrites_IsChinese()
    {
        var output = _files.Path_("报告.json");
        var notAssembly = _files.Write("notes.dll", "not an assembly");
        var empty = UserRuleCompiler.Compile(_files.Path_("Empty.dll"), "Empty", "public static class Nothing { }\n");
        var clash = UserRuleCompiler.Compile(_files.Path_("Clash.dll"), "Clash", UserRuleCompiler.LongMeasureRule(id: "OVD-001"));
        var missing = _files.Path_("missing.json");
        var invalid = _files.Write("invalid.json", "{ \"format\": \"campaign-dataset/1\" }");
        var paths = new[] { output, notAssembly, empty, clash, missing, invalid, _files.Folder };
        var terminal = CliEnvironment.Redirected with { ErrorIsTerminal = true };

        var texts = new List<(string Run, string Text)>();
        void Run(string[] args, bool stdout = false, bool stderr = true, CliEnvironment? environment = null)
        {
            var result = CliRunner.RunIn(environment ?? CliEnvironment.Redirected, [], [.. args, "--lang", "zh"]);
            var name = string.Join(' ', args);
            if (stdout)
            {
                texts.Add((name, result.Stdout));
            }

            if (stderr)
            {
                result.Stderr.Should().NotBeEmpty(name);
                texts.Add((name, result.Stderr));
            }
        }

        Run(["validate"], stdout: true, stderr: false);
        Run(["validate", missing]);
        Run(["validate", invalid]);
        Run(["validate", _files.Folder]);
        Run(["check", "-f", "json", "-o", output], environment: terminal);
        Run(["check", "-f", "json", "-o", output, "--fail-on", "high", "--unit", "U-XDJ", "--severity", "medium", "--rule", "overdue", "--rule", "MIS-002", "--verbose"]);
        Run(["check", "-f", "json", "-o", output, "--fail-on", "high", "--rule", "OVD-002"]);
        Run(["check", "--unit", "U-XXJ"]);
        Run(["check", "--rule", "OVD-01"]);
        Run(["check", "--severity", "critical"]);
        Run(["check", "--format", "xml"]);
        Run(["check", "--as-of", "2013-01-01"]);
        Run(["check", "--as-of", "2014-02-30"]);
        Run(["check", "--options", missing]);
        Run(["check", "--focus", "XX"]);
        Run(["check", "--disable", "OVD-999"]);
        Run(["check", "--rules", missing]);
        Run(["check", "--rules", notAssembly]);
        Run(["check", "--rules", empty]);
        Run(["check", "--colour"]);
        Run(["rules"], stdout: true, stderr: false);
        Run(["rules", "-f", "markdown"], stdout: true, stderr: false);
        Run(["rules", "OVD-008"]);
        foreach (var id in new[] { "OVD-004", "SUP-005", "MIS-005", "ESC-001" })
        {
            Run(["rules", id], stdout: true, stderr: false);
            Run(["rules", id, "-f", "markdown"], stdout: true, stderr: false);
        }

        texts.Should().Contain(t => t.Text.Contains(Campaign.Compliance.Catalog.ComplianceRuleCatalog.Shipped.Get("MIS-005").Source(Campaign.Compliance.Findings.ReportLanguage.Zh), StringComparison.Ordinal));

        // A user rule assembly's refusal and an options file's errors: the headline and every detail line.
        var clashResult = CliRunner.Run("check", "--rules", clash, "--lang", "zh");
        clashResult.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCountGreaterThan(1);
        texts.Add(("check --rules clash", clashResult.Stderr));
        var badOptions = _files.Write("bad-options.json", """{ "claimWindowDays": "20", "satisfactionTarget": 1.5, "language": "cn", "severityOverrides": [], "disabledRules": ["OVD-999"] }""");
        var optionsResult = CliRunner.Run("check", "--options", badOptions, "--lang", "zh");
        optionsResult.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(6);
        texts.Add(("check --options bad-options.json", Regex.Replace(optionsResult.Stderr.Replace(badOptions, " ", StringComparison.Ordinal), @"(?m)^  \$[^\s：（]*", "  ")));
        var invalidResult = CliRunner.Run("validate", invalid, "--lang", "zh");
        invalidResult.Stderr.Should().Contain("（第 1 行）").And.Contain("数据集“" + invalid + "”无效（");

        var english = new List<string>();
        foreach (var (run, text) in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                // The dataset reader's own messages (after the location) are its own.
                if (line.StartsWith("  $", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var word in EnglishWords(Strip(line, paths)))
                {
                    english.Add($"{run}: '{word}' in: {line}");
                }
            }
        }

        english.Should().BeEmpty();
        string.Concat(texts.Select(t => t.Text)).Should().Contain("正在读取〈示例数据：魏都区 2014〉").And.Contain("正在核查").And.Contain("正在写出报告");
    }

    private static IEnumerable<string> EnglishWords(string line) =>
        Word().Matches(line).Select(m => m.Value).Where(w => !Allowed.Contains(w));

    private static string Strip(string line, IEnumerable<string> paths)
    {
        foreach (var path in paths.OrderByDescending(p => p.Length))
        {
            line = line.Replace(path, " ", StringComparison.Ordinal);
        }

        foreach (var (pattern, _) in Removed)
        {
            line = Regex.Replace(line, pattern, " ");
        }

        return line;
    }

    /// <summary>What is not a word of the message: ids, option names, placeholders, names of types, files and the tool.</summary>
    private static readonly (string Pattern, string What)[] Removed =
    [
        (@"[A-Z]+(-[A-Z0-9]+)+", "ids (OVD-001, U-XDJ)"),
        (@"--[a-z-]+", "option names"),
        (@"\{[A-Za-z]+\}", "message placeholders"),
        (@"campaign\.[A-Za-z]+", "dataset fields"),
        (@"campaign( (check|rules|validate|import|export|generate)\b)?(-dataset/1)?", "the tool, its commands and the format"),
        (@"yyyy-MM-dd", "the date form"),
        (@"docs/rules\.md", "a document"),
        (@"NRules\.Fluent\.Dsl\.Rule|\[ComplianceRule\]|\.NET|C#|\.dll", "type and platform names, a file extension"),
        (@"['“](critical|xml|OVD-01|XX|U-XXJ)['”]", "values the user typed"),
        (@"""[^""]*""", "values as written in the options file (\"cn\")"),
        (@"[A-Za-z]+Rule\b|\b[A-Z][a-z]+[A-Z][A-Za-z]+\b", "rule class names (WeakOrgTeamNotStaffed)"),
        (@"\b[a-z]+[A-Z][A-Za-z]+\b", "option names of the options file (immediateWindowDays)"),
    ];

    [GeneratedRegex("[A-Za-z]{2,}|\\b[A-Za-z]\\b")]
    private static partial Regex Word();
}
