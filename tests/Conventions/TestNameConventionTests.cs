using System.Reflection;

namespace Campaign.Tests.Conventions;

/// <summary>
/// The naming style of CONTRIBUTING.md, checked on the test project this file is compiled into (every test project
/// links it through Directory.Build.props): <c>Subject_Scenario_Outcome</c>, or <c>Subject_Outcome</c> when there is no
/// particular situation, each part a PascalCase word run; a regression test may lead with <c>Issue_NNNN_</c>.
/// </summary>
public class TestNameConventionTests
{
    [Fact]
    public void TestMethods_OfThisProject_AreNamedSubjectScenarioOutcome()
    {
        var tests = typeof(TestNameConventionTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .ToList();

        var offenders = tests.Where(m => !IsWellNamed(m.Name)).Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        tests.Should().Contain(m => m.Name == nameof(TestMethods_OfThisProject_AreNamedSubjectScenarioOutcome), "the scan must see the xunit tests");
        offenders.Should().BeEmpty("test names follow Subject_Scenario_Outcome (CONTRIBUTING.md)");
    }

    [Theory]
    [InlineData("Overdue_OnTheDeadlineDay_IsNotFlagged", true)]
    [InlineData("Sample_CoversWeidusUnitKinds", true)]
    [InlineData("Issue_0017_RescheduleOnTheRecord_WithdrawsOverdue", true)]
    [InlineData("ZhReport_CallsAFinding核查发现_NotA问题线索", true)]
    [InlineData("Parse2_Utf8Input_Works", true)]
    [InlineData("NoPublicTypeHasAPublicSetter", false)]
    [InlineData("Import_Sqlite_InvalidDataset_IsRefused", false)]
    [InlineData("Check_fails_on_bad_input", false)]
    [InlineData("Check__IsRefused", false)]
    [InlineData("Check_IsRefused_", false)]
    [InlineData("Issue_17_Reschedule_Withdraws", false)]
    [InlineData("Issue_0017_Withdraws", false)]
    public void IsWellNamed_NameShapes_AreJudgedAsTheStyleSays(string name, bool expected) =>
        IsWellNamed(name).Should().Be(expected);

    internal static bool IsWellNamed(string name)
    {
        var parts = name.Split('_');
        if (parts.Length > 2 && parts[0] == "Issue" && parts[1].Length == 4 && parts[1].All(char.IsAsciiDigit))
        {
            parts = parts[2..];
        }

        return parts.Length is 2 or 3 && parts.All(p => p.Length > 0 && char.IsUpper(p[0]) && p.All(char.IsLetterOrDigit));
    }
}
