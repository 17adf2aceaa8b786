using System.Text;
using Campaign.Compliance.Findings;
using Campaign.Domain.Input;

namespace Campaign.Compliance.Tests.Options;

public class ComplianceOptionsTests
{
    private static ComplianceOptions Load(string json) => ComplianceOptions.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Defaults_AreTheDocumentedOnesAndValid()
    {
        var options = new ComplianceOptions();

        options.Validate();
        options.ImmediateWindowDays.Should().Be(30);
        options.TeamStaffedDeadline.Should().BeNull();
        options.ConsolidationDeadline.Should().BeNull();
        options.ClaimWindowDays.Should().Be(30);
        options.PlanWindowDays.Should().Be(30);
        options.SatisfactionTarget.Should().Be(0.90);
        options.ReportBackWindowDays.Should().Be(15);
        options.MinConcreteChars.Should().Be(6);
        options.BoilerplateMinOwners.Should().Be(3);
        options.AtRiskThreshold.Should().Be(5);
        options.MinEducationMonths.Should().Be(3);
        options.StockPhrases.Should().Equal(ComplianceOptions.DefaultStockPhrases);
        options.StockPhrases.Should().HaveCount(58);
        options.Language.Should().Be(ReportLanguage.En);
        options.FocusLists.Should().BeNull();
        options.MaxDegreeOfParallelism.Should().Be(Environment.ProcessorCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_MaxDegreeOfParallelismBelowOne_IsAnError(int degree)
    {
        var options = new ComplianceOptions { MaxDegreeOfParallelism = degree };

        var act = options.Validate;

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().Equal($"maxDegreeOfParallelism: must be at least 1 (was {degree}).");
    }

    [Fact]
    public void Load_MaxDegreeOfParallelism_IsReadAndValidated()
    {
        Load("""{ "maxDegreeOfParallelism": 3 }""").MaxDegreeOfParallelism.Should().Be(3);

        var act = () => Load("""{ "maxDegreeOfParallelism": 0 }""");

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().Equal("$.maxDegreeOfParallelism: must be at least 1 (was 0).");
    }

    [Fact]
    public void Engine_IsIndexedByDefault_AndReadFromJson()
    {
        new ComplianceOptions().Engine.Should().Be(RuleEngine.Indexed);
        Load("""{ "engine": "nrules" }""").Engine.Should().Be(RuleEngine.NRules);
        Load("""{ "engine": "indexed" }""").Engine.Should().Be(RuleEngine.Indexed);
    }

    [Fact]
    public void Load_UnknownEngine_IsAnErrorWithItsPath()
    {
        var act = () => Load("""{ "engine": "Rete" }""");

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().Equal("$.engine: expected \"indexed\" or \"nrules\", got \"Rete\".");
    }

    [Fact]
    public void Validate_UndefinedEngine_IsAnError()
    {
        var options = new ComplianceOptions { Engine = (RuleEngine)7 };

        var act = options.Validate;

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().Equal("engine: unknown engine 7; known engines: Indexed, NRules.");
    }

    [Fact]
    public void Validate_ManyBadValues_ReportsEveryErrorTogether()
    {
        var options = new ComplianceOptions
        {
            ImmediateWindowDays = -1,
            ClaimWindowDays = -2,
            SatisfactionTarget = 1.01,
            BoilerplateMinOwners = 0,
            AtRiskThreshold = 0,
            StockPhrases = ["加强", ""],
            FocusLists = ["C", "XX"],
        };
        options.SeverityOverrides["NOPE-1"] = FindingSeverity.High;
        options.DisabledRules.Add("NOPE-2");

        var act = options.Validate;

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().BeEquivalentTo(
            "immediateWindowDays: must not be negative (was -1).",
            "claimWindowDays: must not be negative (was -2).",
            "satisfactionTarget: must be within 0..1 (was 1.01).",
            "boilerplateMinOwners: must be at least 1 (was 0).",
            "atRiskThreshold: must be at least 1 (was 0).",
            "stockPhrases[1]: a stock phrase must not be empty.",
            "focusLists[1]: unknown focus list 'XX'; known lists: C, WD, HN, AH.",
            "severityOverrides.NOPE-1: unknown rule id 'NOPE-1'.",
            "disabledRules: unknown rule id 'NOPE-2'.");
    }

    [Fact]
    public void Checker_WithInvalidOptions_Throws() =>
        FluentActions.Invoking(() => new ComplianceChecker(new ComplianceOptions { PlanWindowDays = -5 }))
            .Should().Throw<ComplianceOptionsException>().WithMessage("*planWindowDays*");

    [Fact]
    public void Load_ReadsEveryProperty()
    {
        var options = Load("""
            {
              "immediateWindowDays": 20, "teamStaffedDeadline": "2014-05-15", "consolidationDeadline": "2014-07-31",
              "claimWindowDays": 10, "planWindowDays": 40, "satisfactionTarget": 0.8, "reportBackWindowDays": 7,
              "minConcreteChars": 4, "stockPhrases": ["加强"], "additionalStockPhrases": ["落实"], "boilerplateMinOwners": 2,
              "atRiskThreshold": 9, "minEducationMonths": 2, "severityOverrides": { "SUP-005": "low" },
              "disabledRules": ["MIS-005"], "focusLists": ["C", "WD"], "language": "zh"
            }
            """);

        options.ImmediateWindowDays.Should().Be(20);
        options.TeamStaffedDeadline.Should().Be(new DateOnly(2014, 5, 15));
        options.ConsolidationDeadline.Should().Be(new DateOnly(2014, 7, 31));
        options.ClaimWindowDays.Should().Be(10);
        options.PlanWindowDays.Should().Be(40);
        options.SatisfactionTarget.Should().Be(0.8);
        options.ReportBackWindowDays.Should().Be(7);
        options.MinConcreteChars.Should().Be(4);
        options.StockPhrases.Should().Equal("加强", "落实");
        options.BoilerplateMinOwners.Should().Be(2);
        options.AtRiskThreshold.Should().Be(9);
        options.MinEducationMonths.Should().Be(2);
        options.SeverityOverrides.Should().Contain("SUP-005", FindingSeverity.Low);
        options.DisabledRules.Should().BeEquivalentTo("MIS-005");
        options.FocusLists.Should().Equal("C", "WD");
        options.Language.Should().Be(ReportLanguage.Zh);
    }

    [Fact]
    public void Load_AdditionalStockPhrases_ExtendTheDefaults() =>
        Load("""{ "additionalStockPhrases": ["群众"] }""").StockPhrases.Should().Equal([.. ComplianceOptions.DefaultStockPhrases, "群众"]);

    [Fact]
    public void Load_UnknownPropertiesAndWrongTypes_AreAllReportedWithTheirPaths()
    {
        var act = () => Load("""
            { "claimWindow": 3, "planWindowDays": "ten", "severityOverrides": { "OVD-001": "urgent", "ZZZ-1": "low" }, "stockPhrases": ["a", 1], "atRiskThreshold": -1 }
            """);

        act.Should().Throw<ComplianceOptionsException>().Which.Errors.Select(e => e.ToString()).Should().BeEquivalentTo(
            "$.claimWindow: unknown property 'claimWindow'; known properties: immediateWindowDays, teamStaffedDeadline, consolidationDeadline, claimWindowDays, planWindowDays, satisfactionTarget, reportBackWindowDays, minConcreteChars, stockPhrases, additionalStockPhrases, boilerplateMinOwners, atRiskThreshold, minEducationMonths, severityOverrides, disabledRules, focusLists, language, maxDegreeOfParallelism, engine.",
            "$.planWindowDays: expected a whole number, got \"ten\".",
            "$.severityOverrides.OVD-001: expected \"low\", \"medium\" or \"high\", got \"urgent\".",
            "$.stockPhrases[1]: expected a string, got 1.",
            "$.atRiskThreshold: must be at least 1 (was -1).",
            "$.severityOverrides.ZZZ-1: unknown rule id 'ZZZ-1'.");
    }

    [Fact]
    public void Load_MalformedJson_NamesTheLine()
    {
        var act = () => Load("{\n  \"claimWindowDays\": 3,\n  oops\n}");

        var error = act.Should().Throw<ComplianceOptionsException>().Which.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(InputErrorCode.OptionsMalformedJson);
        (error.Path, error.Line, error.Position).Should().Be(("$", 3, 3));
        error.Message.Should().NotContainAny("is an invalid start", "LineNumber", "BytePositionInLine", "Path:");
    }

    [Fact]
    public void Checker_TakesASnapshotOfTheOptions()
    {
        var options = new ComplianceOptions();
        var checker = new ComplianceChecker(options);

        options.ClaimWindowDays = 1;
        options.StockPhrases.Clear();

        checker.Options.ClaimWindowDays.Should().Be(30);
        checker.Options.StockPhrases.Should().HaveCount(58);
    }
}
