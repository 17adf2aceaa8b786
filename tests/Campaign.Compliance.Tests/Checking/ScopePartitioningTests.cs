using Campaign.Compliance.Checking;
using Campaign.Compliance.Reporting;
using Campaign.Compliance.Rules.Escalation;
using Campaign.Compliance.Rules.Superficial;
using Campaign.Compliance.Tests.UserRules;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Checking;

/// <summary>A partitioned check places each rule by its declared scope, user rules included, and still equals one session.</summary>
public class ScopePartitioningTests
{
    private static readonly DateOnly AsOf = new(2014, 8, 31);

    [Fact]
    public void Stages_FollowTheDeclaredScopes_AndWhatTheRulesRead()
    {
        var options = new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule), typeof(SharedMeasureRule), typeof(ManyFindingsRule) } };
        options.Validate();

        var (parts, dataset, findings) = new PartitionedCheck(options).StageClasses;

        parts.Should().Contain(typeof(LongMeasureRule)).And.Contain(typeof(NotReportedBackRule)).And.Contain(typeof(OpinionProblemStateRule))
            .And.HaveCount(21 + 1 + 1, "21 unit-scoped shipped rules, SUP-004's second class, and the user's unit rule");
        dataset.Should().Equal(typeof(BoilerplateProblemRule), typeof(SharedMeasureRule));
        findings.Should().Equal(typeof(UnitAtRiskRule), typeof(ManyFindingsRule));
    }

    [Fact]
    public void Stages_DisabledRules_AreLeftOutOfEveryStage()
    {
        var options = new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule) }, DisabledRules = { "SUP-006", "ESC-001", "USR-001" } };
        options.Validate();

        var (parts, dataset, findings) = new PartitionedCheck(options).StageClasses;

        parts.Should().HaveCount(22).And.NotContain(typeof(LongMeasureRule));
        dataset.Should().BeEmpty();
        findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData(DatasetPreset.District, 5, 2)]
    [InlineData(DatasetPreset.District, 6, 3)]
    [InlineData(DatasetPreset.County, 2, 2)]
    public void Check_UnitScopedUserRule_RunsPartitionedAndEqualsOneSession(DatasetPreset preset, int seed, int degree)
    {
        var dataset = CampaignGenerator.Generate(preset, seed);

        var (single, split) = BothWays(dataset, () => new ComplianceOptions { RuleTypes = { typeof(LongMeasureRule) } }, degree);

        split.Should().Be(single);
        single.Should().Contain("\"USR-001\"");
    }

    [Fact]
    public void Check_UserRulesOfEveryScope_RunPartitionedAndEqualOneSession()
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.District, 7);

        var (single, split) = BothWays(dataset, () => new ComplianceOptions
        {
            RuleTypes = { typeof(LongMeasureRule), typeof(SharedMeasureRule), typeof(ManyFindingsRule) },
            AtRiskThreshold = 3,
        }, degree: 2);

        split.Should().Be(single);
        single.Should().Contain("\"USR-003\"").And.Contain("\"USR-004\"");
    }

    /// <summary>The JSON report of one session and of a partitioned check (asserted to have run partitioned), on the default engine.</summary>
    private static (string Single, string Split) BothWays(CampaignDataset dataset, Func<ComplianceOptions> options, int degree)
    {
        var singleOptions = options();
        singleOptions.MaxDegreeOfParallelism = 1;
        var single = new ComplianceChecker(singleOptions).Check(dataset, AsOf);

        var splitOptions = options();
        splitOptions.MaxDegreeOfParallelism = degree;
        var checker = new ComplianceChecker(splitOptions) { MinPartitionedRecords = 0, PartRecords = 300 };
        var split = checker.Check(dataset, AsOf);
        checker.PartitionedRulesCompiled.Should().BeTrue("a check with user rules is partitioned too");

        return (Text(single), Text(split));
    }

    private static string Text(ComplianceReport report)
    {
        using var stream = new MemoryStream();
        new JsonReportWriter().Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
