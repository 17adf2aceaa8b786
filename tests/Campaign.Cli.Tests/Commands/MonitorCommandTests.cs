using System.Text.Json.Nodes;
using Campaign.Cli.Tests.Builders;
using Campaign.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Cli.Tests.Commands;

public sealed class MonitorCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    [Fact]
    public async Task Monitor_JsonlWithAnEditByAnotherClerk_PrintsItWithTheFindingsItRemoved()
    {
        var db = Import();
        var (rectificationId, overdueDeadline) = await OverdueRectification(db);

        var (code, stdout, stderr) = await RunWhileEditing(db, ["--format", "jsonl", "--max-changes", "1"], async context =>
            (await context.Rectifications.SingleAsync(r => r.Id == rectificationId)).Reschedule(new DateOnly(2014, 12, 31)));

        code.Should().Be(0, stderr);
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Subject;
        var json = JsonNode.Parse(line)!;
        json["recordType"]!.GetValue<string>().Should().Be("Rectification");
        json["recordId"]!.GetValue<string>().Should().Be(rectificationId);
        json["change"]!.GetValue<string>().Should().Be("RectificationRescheduled");
        json["sequence"]!.GetValue<long>().Should().BeGreaterThan(1);
        json["removed"]!.AsArray().Select(f => (f!["ruleId"]!.GetValue<string>(), f["subjectId"]!.GetValue<string>()))
            .Should().Contain(("OVD-001", rectificationId));
        json["added"]!.AsArray().Should().NotContain(f => f!["ruleId"]!.GetValue<string>() == "OVD-001" && f["subjectId"]!.GetValue<string>() == rectificationId);
        overdueDeadline.Should().BeBefore(new DateOnly(2014, 12, 31));
    }

    [Fact]
    public async Task Monitor_TextInChinese_PrintsTheChangeAndItsFindingsThenStopsWhenIdle()
    {
        var db = Import();
        var (rectificationId, _) = await OverdueRectification(db);

        var (code, stdout, stderr) = await RunWhileEditing(db, ["--lang", "zh", "--until-idle", "5"], async context =>
            (await context.Rectifications.SingleAsync(r => r.Id == rectificationId)).Reschedule(new DateOnly(2014, 12, 31)));

        code.Should().Be(0, stderr);
        stderr.Should().Contain("核查发现");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().MatchRegex($@"^第 \d+ 号变更　整改事项 {rectificationId}　调整整改时限：核查发现 \+\d+ -\d+$");
        lines.Should().Contain(l => l.StartsWith("  - OVD-001 高 ", StringComparison.Ordinal) && l.Contains(rectificationId) && l.Contains("整改时限"));
    }

    [Fact]
    public void Monitor_NoSuchStore_ExitsTwoSayingHowToMakeIt()
    {
        var result = CliRunner.Run("monitor", "--db", _files.Path_("missing.db"), "--until-idle", "0");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("missing.db").And.Contain("campaign import");
    }

    [Fact]
    public void Monitor_BadPollInterval_IsAUsageError()
    {
        var result = CliRunner.Run("monitor", "--db", Import(), "--poll-interval", "0");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--poll-interval");
    }

    [Theory]
    [InlineData("--poll-interval", "5", "campaign：--poll-interval：请给出 10 到 3600000 之间的毫秒数。")]
    [InlineData("--until-idle", "-1", "campaign：--until-idle：请给出秒数，0 或更大。")]
    [InlineData("--max-changes", "0", "campaign：--max-changes：请给出变化条数，1 或更大。")]
    public void Monitor_OutOfRangeOptionInChinese_IsAUsageErrorInChinese(string option, string value, string expected)
    {
        var result = CliRunner.Run("monitor", "--db", _files.Path_("ledger.db"), option, value, "--lang", "zh");

        result.ExitCode.Should().Be(2);
        result.Stderr.Split('\n')[0].Should().Be(expected);
    }

    [Fact]
    public async Task Monitor_Disable_LeavesTheRuleOutOfThePrintedFindings()
    {
        var db = Import();
        var (rectificationId, _) = await OverdueRectification(db);

        var (code, stdout, stderr) = await RunWhileEditing(db, ["--format", "jsonl", "--max-changes", "1", "--disable", "OVD-001"], async context =>
            (await context.Rectifications.SingleAsync(r => r.Id == rectificationId)).Reschedule(new DateOnly(2014, 12, 31)));

        code.Should().Be(0, stderr);
        var json = JsonNode.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Subject)!;
        json["recordId"]!.GetValue<string>().Should().Be(rectificationId);
        json["added"]!.AsArray().Concat(json["removed"]!.AsArray()).Select(f => f!["ruleId"]!.GetValue<string>()).Should().NotContain("OVD-001");
    }

    [Fact]
    public async Task Monitor_OptionsFile_ItsSeverityOverrideIsTheSeverityPrinted()
    {
        var db = Import();
        var (rectificationId, _) = await OverdueRectification(db);
        var options = _files.Write("options.json", "{ \"severityOverrides\": { \"OVD-001\": \"low\" } }");

        var (code, stdout, stderr) = await RunWhileEditing(db, ["--format", "jsonl", "--max-changes", "1", "--options", options], async context =>
            (await context.Rectifications.SingleAsync(r => r.Id == rectificationId)).Reschedule(new DateOnly(2014, 12, 31)));

        code.Should().Be(0, stderr);
        var json = JsonNode.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Subject)!;
        var removed = json["removed"]!.AsArray().Should().ContainSingle(f => f!["ruleId"]!.GetValue<string>() == "OVD-001" && f["subjectId"]!.GetValue<string>() == rectificationId).Subject!;
        removed["severity"]!.GetValue<string>().Should().Be("low");
    }

    [Fact]
    public void Monitor_Focus_FollowsTheFindingsCheckGivesWithTheSameLists()
    {
        var db = Import();

        // PR-30's focus id FP.WD.COM.01 satisfies U-BGSQ's focus only when the Weidu list is in use.
        var central = FindingsFollowed(db, "C");
        var weidu = FindingsFollowed(db, "C,WD");

        central.Should().Be(FindingsChecked(db, "C"));
        weidu.Should().Be(FindingsChecked(db, "C,WD"));
        weidu.Should().BeLessThan(central);
    }

    [Theory]
    [InlineData("--disable", "OVD-999", "'OVD-999'")]
    [InlineData("--focus", "C,XX", "'XX'")]
    [InlineData("--options", "none.json", "none.json")]
    public void Monitor_BadRuleOption_ExitsTwoBeforeReadingTheStore(string option, string value, string named)
    {
        var result = CliRunner.Run("monitor", "--db", _files.Path_("missing.db"), option, option == "--options" ? _files.Path_(value) : value, "--until-idle", "0");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain(named).And.NotContain("missing.db");
    }

    // The count of findings the monitor says it starts from ("following … : N finding(s) …").
    private static int FindingsFollowed(string db, string focus)
    {
        var result = CliRunner.Run("monitor", "--db", db, "--focus", focus, "--until-idle", "0");
        result.ExitCode.Should().Be(0, result.Stderr);
        var match = System.Text.RegularExpressions.Regex.Match(result.Stderr, @": (\d+) finding\(s\)");
        match.Success.Should().BeTrue(result.Stderr);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int FindingsChecked(string db, string focus)
    {
        var result = CliRunner.Run("check", "--db", db, "--focus", focus, "-f", "json");
        result.ExitCode.Should().Be(0, result.Stderr);
        return JsonNode.Parse(result.Stdout)!["findings"]!.AsArray().Count;
    }

    private string Import()
    {
        var db = _files.Path_("ledger.db");
        CliRunner.Run("import", TestFiles.DistrictSmall, "--db", db).ExitCode.Should().Be(0);
        return db;
    }

    private static async Task<(string Id, DateOnly Deadline)> OverdueRectification(string db)
    {
        var dataset = await CampaignStore.Sqlite(db).LoadAsync();
        var asOf = dataset.Campaign.AsOf ?? new DateOnly(2014, 7, 15);
        var overdue = dataset.Rectifications.First(r => !r.IsFinished && r.Deadline < asOf);
        return (overdue.Id, overdue.Deadline!.Value);
    }

    // Runs the monitor on a thread of its own; once it says what it follows (the line ends with how to stop it), another clerk's context saves an edit.
    private static async Task<(int Code, string Stdout, string Stderr)> RunWhileEditing(string db, string[] options, Func<CampaignDbContext, Task> edit)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new SignallingWriter("Ctrl+C");
        var run = Task.Run(() => CampaignApp.Run(["monitor", "--db", db, "--poll-interval", "50", .. options], stdout, stderr, Stream.Null, CliEnvironment.Redirected));
        await Task.WhenAny(stderr.Seen, run).WaitAsync(TimeSpan.FromMinutes(2));
        run.IsCompleted.Should().BeFalse(stderr.ToString());

        await using (var context = CampaignStore.Sqlite(db).CreateDbContext())
        {
            await edit(context);
            await context.SaveChangesAsync();
        }

        var code = await run.WaitAsync(TimeSpan.FromMinutes(2));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
