using System.Text.Json;
using Campaign.Cli.Tests.Builders;
using Campaign.Cli.Tests.Commands;

namespace Campaign.Cli.Tests.UserRules;

public sealed class UserRuleAssemblyTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string ValidAssembly(string name = "ValidRules") =>
        UserRuleCompiler.Compile(_files.Path_(name + ".dll"), name, UserRuleCompiler.LongMeasureRule());

    [Fact]
    public void Check_WithARuleAssembly_ReportsItsFindingsBesideTheShippedOnes()
    {
        var rules = ValidAssembly();

        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "json", "--rules", rules);
        var without = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        var user = RuleIds(result.Stdout).Where(id => id == "USR-101").ToArray();
        user.Should().NotBeEmpty();
        RuleIds(result.Stdout).Where(id => id != "USR-101").Should().Equal(RuleIds(without.Stdout));
    }

    [Fact]
    public void Check_UserRuleIdsWorkWithRuleAndDisable()
    {
        var rules = ValidAssembly();

        var narrowed = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "json", "--rules", rules, "--rule", "USR-101");
        var disabled = CliRunner.Run("check", TestFiles.DistrictSmall, "-f", "json", "--rules", rules, "--disable", "USR-101");

        narrowed.ExitCode.Should().Be(0, narrowed.Stderr);
        RuleIds(narrowed.Stdout).Should().NotBeEmpty().And.OnlyContain(id => id == "USR-101");
        disabled.ExitCode.Should().Be(0, disabled.Stderr);
        RuleIds(disabled.Stdout).Should().NotContain("USR-101");
    }

    [Fact]
    public void Rules_WithARuleAssembly_ListsAndShowsTheUserRule()
    {
        var rules = ValidAssembly();

        var list = CliRunner.Run("rules", "--rules", rules, "--lang", "en");
        var one = CliRunner.Run("rules", "USR-101", "--rules", rules, "--lang", "zh");

        list.ExitCode.Should().Be(0, list.Stderr);
        list.Stdout.Should().Contain("USR-101").And.Contain("Long measure");
        one.ExitCode.Should().Be(0, one.Stderr);
        one.Stdout.Should().Contain("整改措施过长").And.Contain("用户规则");
    }

    [Fact]
    public void Check_MissingRuleFile_IsRefused()
    {
        var missing = _files.Path_("nowhere.dll");

        var result = CliRunner.Run("check", "--rules", missing);

        ValidateCommandTests.AssertRejected(result, $"--rules: cannot read '{missing}': no such file.");
    }

    [Fact]
    public void Check_FileThatIsNotAnAssembly_IsRefused()
    {
        var path = _files.Write("notes.dll", "these are not the rules you are looking for");

        var result = CliRunner.Run("check", "--rules", path);

        ValidateCommandTests.AssertRejected(result, $"--rules: '{path}' is not a .NET assembly");
    }

    [Fact]
    public void Check_AssemblyWithoutRuleClasses_IsRefused()
    {
        var path = UserRuleCompiler.Compile(_files.Path_("Empty.dll"), "Empty", "public static class Nothing { public static int Answer => 42; }\n");

        var result = CliRunner.Run("check", "--rules", path);

        ValidateCommandTests.AssertRejected(result, $"--rules: '{path}' holds no rule classes");
    }

    [Fact]
    public void Check_RuleWithAShippedId_IsRefusedWithTheLibrarysMessageNamingTheFile()
    {
        var path = UserRuleCompiler.Compile(_files.Path_("Clash.dll"), "Clash", UserRuleCompiler.LongMeasureRule(id: "OVD-001"));

        var result = CliRunner.Run("check", "--rules", path);

        ValidateCommandTests.AssertRejected(result, "the user rules are invalid:");
        result.Stderr.Should().Contain($"--rules '{path}': the rule class LongMeasureRule declares the id 'OVD-001', which is the shipped rule RectificationOverdue's");
    }

    [Fact]
    public void Check_TwoAssembliesDeclaringOneId_AreRefused()
    {
        var first = ValidAssembly("First");
        var second = ValidAssembly("Second");

        var result = CliRunner.Run("check", "--rules", first, "--rules", second);

        ValidateCommandTests.AssertRejected(result, "the user rules are invalid:");
        result.Stderr.Should().Contain($"--rules '{second}': the rule class LongMeasureRule declares the id 'USR-101', which LongMeasureRule declares too");
    }

    [Fact]
    public void Check_IncompleteDeclaration_IsRefusedListingWhatIsMissing()
    {
        var source = UserRuleCompiler.LongMeasureRule().Replace("TitleZh = \"整改措施过长\",", string.Empty, StringComparison.Ordinal);
        var path = UserRuleCompiler.Compile(_files.Path_("Incomplete.dll"), "Incomplete", source);

        var result = CliRunner.Run("check", "--rules", path, "--lang", "zh");

        ValidateCommandTests.AssertRejected(result, "用户规则无效：");
        result.Stderr.Should().Contain($"--rules “{path}”：规则类 LongMeasureRule 的 [ComplianceRule] 没有填写 TitleZh。");
    }

    [Fact]
    public void Check_RuleThatNRulesCannotDefine_IsRefusedWithItsReason()
    {
        var source = UserRuleCompiler.LongMeasureRule().Replace(
            "Rectification r = null!;", "Rectification r = null!; throw new System.InvalidOperationException(\"no measure today\");", StringComparison.Ordinal);
        var path = UserRuleCompiler.Compile(_files.Path_("Broken.dll"), "Broken", source);

        var result = CliRunner.Run("check", "--rules", path);

        ValidateCommandTests.AssertRejected(result, "campaign: a user rule cannot be compiled: no measure today");
    }

    private static List<string> RuleIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToList();
    }
}
