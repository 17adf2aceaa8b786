using System.Text.Json;
using System.Text.Json.Nodes;
using Campaign.Cli.Tests.Builders;
using Campaign.Compliance.Catalog;
using Campaign.Domain.Serialization;
using Campaign.Domain.Testing;

namespace Campaign.Cli.Tests.Commands;

/// <summary><c>check --unit/--severity/--rule</c> against the unfiltered report of the same run's options.</summary>
public sealed class NarrowingTests : IDisposable
{
    private static readonly string[] Severities = ["low", "medium", "high"];

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, string[]> Filters => new()
    {
        { "sample", ["--severity", "high"] },
        { "sample", ["--unit", "U-XDJ"] },
        { "sample", ["--unit", "U-ZF", "--severity", "medium"] },
        { "sample", ["--rule", "overdue"] },
        { "sample", ["--rule", "OVD-001", "--rule", "sup-003,MIS-002"] },
        { "sample", ["--unit", "U-WD", "--rule", "superficial", "--rule", "INC-002", "--severity", "high"] },
        { "district", ["--severity", "medium"] },
        { "district", ["--rule", "mismatch", "--rule", "OVD-007"] },
        { "district", ["--unit", "FIRST-CHILD", "--severity", "high", "--rule", "overdue,superficial"] },
        { "district", ["--unit", "ROOT", "--severity", "high"] },
    };

    [Theory]
    [InlineData("en", "Narrowed to: unit ", "; severity medium or above; rules OVD-001, overdue")]
    [InlineData("zh", "筛选范围：单位", "；严重程度“中”及以上；规则OVD-001、逾期")]
    public void NarrowedTable_SaysHowItWasNarrowed_AndTheFullTableDoesNot(string language, string start, string end)
    {
        // Wide enough that the line is not wrapped.
        var wide = CliEnvironment.Redirected with { TerminalWidth = 400 };
        var narrowed = CliRunner.RunIn(wide, [], ["check", "-f", "table", "--unit", "U-WD", "--severity", "medium", "--rule", "OVD-001", "--rule", "overdue", "--lang", language]);
        var full = CliRunner.RunIn(wide, [], ["check", "-f", "table", "--lang", language]);

        narrowed.ExitCode.Should().Be(0, narrowed.Stderr);
        var line = narrowed.Stdout.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));
        line.TrimEnd().Should().EndWith(end).And.Contain("U-WD");
        full.Stdout.Should().NotContain(start);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void Narrowed_KeepsExactlyTheFindingsOfTheFullReportThatMatch(string data, string[] filter)
    {
        var path = data == "sample" ? null : DistrictDataset();
        var units = Units(path);
        var args = filter.Select(a => a switch
        {
            "ROOT" => units.First(u => u.Parent is null).Id,
            "FIRST-CHILD" => units.First(u => u.Parent is not null && units.Any(c => c.Parent == u.Id)).Id,
            _ => a,
        }).ToArray();
        string[] input = path is null ? [] : [path];

        var full = CliRunner.Run(["check", .. input, "-f", "json"]);
        var narrowed = CliRunner.Run(["check", .. input, "-f", "json", .. args]);

        full.ExitCode.Should().Be(0, full.Stderr);
        narrowed.ExitCode.Should().Be(0, narrowed.Stderr);
        var all = Findings(full.Stdout);
        var kept = Findings(narrowed.Stdout);
        var expected = all.Where(f => Matches(f, args, units)).ToList();
        expected.Should().NotBeEmpty("each filter is chosen to keep something");
        kept.Should().Equal(expected, "the narrowed report holds exactly the full report's findings that match, in the same order");
        kept.Count.Should().BeLessThan(all.Count);

        using var report = JsonDocument.Parse(narrowed.Stdout);
        var summary = report.RootElement.GetProperty("summary");
        summary.GetProperty("findings").GetInt32().Should().Be(kept.Count);
        foreach (var severity in Severities)
        {
            summary.GetProperty("bySeverity").GetProperty(severity).GetInt32().Should().Be(kept.Count(f => f.Severity == severity));
        }

        summary.GetProperty("byRule").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32()))
            .Should().Equal(kept.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())));
        report.RootElement.TryGetProperty("narrowing", out _).Should().BeTrue();
        narrowed.Stderr.Should().Contain($": {kept.Count} of {all.Count} findings.");
    }

    [Fact]
    public void Narrowing_IsRecordedInTheJsonReport_AndAbsentFromAFullOne()
    {
        var full = CliRunner.Run("check", "-f", "json");
        var narrowed = CliRunner.Run("check", "-f", "json", "--unit", "U-XDJ", "--severity", "medium", "--rule", "overdue", "--rule", "MIS-002");

        JsonNode.Parse(full.Stdout)!.AsObject().ContainsKey("narrowing").Should().BeFalse();
        var narrowing = JsonNode.Parse(narrowed.Stdout)!["narrowing"]!;
        narrowing["unit"]!.GetValue<string>().Should().Be("U-XDJ");
        narrowing["units"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(Subtree("U-XDJ", Units(null)));
        narrowing["minimumSeverity"]!.GetValue<string>().Should().Be("medium");
        narrowing["rules"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("MIS-002");
        narrowing["families"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("overdue");
    }

    [Fact]
    public void Unit_ByItsName_IsTheSameAsByItsId()
    {
        var byId = CliRunner.Run("check", "-f", "json", "--unit", "U-XDJ");
        var byName = CliRunner.Run("check", "-f", "json", "--unit", "西大街街道");

        byName.ExitCode.Should().Be(0, byName.Stderr);
        byName.Stdout.Should().Be(byId.Stdout);
    }

    [Fact]
    public void FailOn_CountsOnlyTheNarrowedFindings()
    {
        var all = Findings(CliRunner.Run("check", "-f", "json").Stdout);
        var quietUnit = Units(null).Select(u => u.Id).First(id => all.Any(f => f.UnitId == id) && all.Where(f => f.UnitId == id).All(f => f.Severity != "high")
            && Subtree(id, Units(null)).Count == 1);

        var full = CliRunner.Run("check", "-f", "json", "--fail-on", "high");
        var narrowed = CliRunner.Run("check", "-f", "json", "--fail-on", "high", "--unit", quietUnit);

        full.ExitCode.Should().Be(1);
        narrowed.ExitCode.Should().Be(0, narrowed.Stderr);
        narrowed.Stderr.Should().Contain("no finding at or above high (--fail-on high)");
    }

    [Theory]
    [InlineData(new[] { "--unit", "U-XXJ" }, "--unit: no unit has the id 'U-XXJ'; near ids: U-XDJ")]
    [InlineData(new[] { "--rule", "OVD-01" }, "--rule: 'OVD-01' is neither a rule id nor a rule family; near ids: OVD-001")]
    [InlineData(new[] { "--rule", "overdu" }, "near ids: overdue")]
    [InlineData(new[] { "--severity", "critical" }, "'critical'")]
    public void UnknownUnitRuleOrLevel_IsRefused(string[] args, string expected)
    {
        var output = _files.Path_("report.json");

        var result = CliRunner.Run(["check", "-o", output, .. args]);

        ValidateCommandTests.AssertRejected(result, expected);
        File.Exists(output).Should().BeFalse("a refused narrowing writes no report");
    }

    private string DistrictDataset()
    {
        var path = _files.Path_("district.json");
        using var file = File.Create(path);
        CampaignDatasetWriter.Write(CampaignGenerator.Generate(DatasetPreset.District, 5), file);
        return path;
    }

    internal sealed record UnitRow(string Id, string? Parent);

    internal sealed record FindingRow(string RuleId, string Severity, string SubjectType, string SubjectId, string UnitId);

    /// <summary>The units of the dataset (the embedded sample when <paramref name="path"/> is null), from its JSON.</summary>
    internal static List<UnitRow> Units(string? path)
    {
        string json;
        if (path is null)
        {
            using var sample = typeof(CampaignApp).Assembly.GetManifestResourceStream("Campaign.Cli.Sample.weidu-district-2014.json")!;
            using var reader = new StreamReader(sample);
            json = reader.ReadToEnd();
        }
        else
        {
            json = File.ReadAllText(path);
        }

        return JsonNode.Parse(json)!["units"]!.AsArray()
            .Select(u => new UnitRow(u!["id"]!.GetValue<string>(), u["parentId"]?.GetValue<string>()))
            .ToList();
    }

    /// <summary>The unit and every unit below it, root first, then breadth first: the test's own walk of the parent links.</summary>
    internal static List<string> Subtree(string root, List<UnitRow> units)
    {
        var result = new List<string> { root };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(units.Where(u => u.Parent == result[i]).Select(u => u.Id));
        }

        return result;
    }

    internal static List<FindingRow> Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => new FindingRow(
                f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("subjectType").GetString()!,
                f.GetProperty("subjectId").GetString()!, f.GetProperty("unitId").GetString()!))
            .ToList();
    }

    private static bool Matches(FindingRow finding, string[] args, List<UnitRow> units)
    {
        var rules = new List<string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--unit" when !Subtree(value, units).Contains(finding.UnitId):
                    return false;
                case "--severity" when Array.IndexOf(Severities, finding.Severity) < Array.IndexOf(Severities, value):
                    return false;
                case "--rule":
                    rules.AddRange(value.Split(','));
                    break;
            }
        }

        var family = ComplianceRuleCatalog.Shipped.Get(finding.RuleId).Family.ToString();
        return rules.Count == 0
            || rules.Any(r => string.Equals(r, finding.RuleId, StringComparison.OrdinalIgnoreCase) || string.Equals(r, family, StringComparison.OrdinalIgnoreCase));
    }
}
