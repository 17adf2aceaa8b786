using Campaign.Compliance.Catalog;
using Campaign.Compliance.Checking;
using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Tests.Checking;

/// <summary>Differential: the check split over components equals the single session, finding for finding, byte for byte.</summary>
public class PartitionedCheckTests
{
    private static readonly DateOnly AsOf = new(2014, 8, 31);

    [Theory]
    [InlineData(DatasetPreset.District, 1, 1)]
    [InlineData(DatasetPreset.District, 2, 2)]
    [InlineData(DatasetPreset.District, 3, 3)]
    [InlineData(DatasetPreset.District, 4, 8)]
    [InlineData(DatasetPreset.County, 1, 2)]
    [InlineData(DatasetPreset.County, 2, 3)]
    [InlineData(DatasetPreset.County, 5, 8)]
    public void Run_GeneratedDataset_EqualsTheSingleSession(DatasetPreset preset, int seed, int degree)
    {
        var dataset = CampaignGenerator.Generate(preset, seed);

        AssertSameAsSingleSession(dataset, () => new ComplianceOptions(), degree);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void Run_GeneratedCountyWithCrossUnitReferences_EqualsTheSingleSession(int degree)
    {
        var dataset = WithCrossUnitReferences(CampaignGenerator.Generate(DatasetPreset.County, 4));

        var single = AssertSameAsSingleSession(dataset, () => new ComplianceOptions(), degree);

        single.Findings.Should().Contain(f => f.RuleId == "SUP-006" && f.SubjectId == "X-P1");
        single.Findings.Should().Contain(f => f.RuleId == "OVD-002" && f.SubjectId == "X-R1");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void Run_BoilerplateRaisedToHighCountsTowardsRisk_EqualsTheSingleSession(int degree)
    {
        var dataset = WithCrossUnitReferences(CampaignGenerator.Generate(DatasetPreset.County, 6));

        var single = AssertSameAsSingleSession(dataset, RaisedBoilerplate, degree);

        single.Findings.Should().Contain(f => f.RuleId == "ESC-001");
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(4, 2)]
    [InlineData(300, 2)]
    public void Run_AnyBoilerplateThreshold_EqualsTheSingleSession(int minOwners, int degree)
    {
        // The global pass counts texts by hash first (saturating byte counters) and only then by text: every threshold,
        // including 1 (every text qualifies) and one above a byte's range, must give the single session's findings.
        var dataset = WithCrossUnitReferences(CampaignGenerator.Generate(DatasetPreset.County, 7));

        var single = AssertSameAsSingleSession(dataset, () => new ComplianceOptions { BoilerplateMinOwners = minOwners }, degree);

        var boilerplate = single.Findings.Count(f => f.RuleId == "SUP-006");
        if (minOwners <= 3)
        {
            boilerplate.Should().BeGreaterThan(0);
        }
        else if (minOwners > 255)
        {
            boilerplate.Should().Be(0);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void Run_UnitAtRiskOnlyThroughBoilerplate_IsFoundAfterTheGlobalPass(int degree)
    {
        var dataset = new DatasetBuilder()
            .Unit("U-1", UnitKind.CountyLeadership).Unit("U-2", UnitKind.CountyLeadership).Unit("U-3", UnitKind.CountyLeadership)
            .Problem("PR-1", "U-1", text: "对群众反映的问题重视不够", identifiedOn: new DateOnly(2014, 8, 20))
            .Problem("PR-2", "U-2", text: "对群众反映的问题重视不够", identifiedOn: new DateOnly(2014, 8, 20))
            .Problem("PR-3", "U-3", text: "对群众反映的问题重视不够", identifiedOn: new DateOnly(2014, 8, 20))
            .Build();
        ComplianceOptions Options()
        {
            var options = new ComplianceOptions { AtRiskThreshold = 1 };
            options.SeverityOverrides["SUP-006"] = FindingSeverity.High;
            return options;
        }

        var single = AssertSameAsSingleSession(dataset, Options, degree);

        single.Findings.Where(f => f.RuleId == "ESC-001").Select(f => f.UnitId).Should().Equal("U-1", "U-2", "U-3");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_WithBoilerplateAndEscalationDisabled_EqualsTheSingleSession(int degree)
    {
        var dataset = WithCrossUnitReferences(CampaignGenerator.Generate(DatasetPreset.District, 7));
        ComplianceOptions Options()
        {
            var options = new ComplianceOptions();
            options.DisabledRules.Add("SUP-006");
            options.DisabledRules.Add("ESC-001");
            return options;
        }

        var single = AssertSameAsSingleSession(dataset, Options, degree);

        single.Findings.Should().NotContain(f => f.RuleId == "SUP-006" || f.RuleId == "ESC-001");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_ARuleFailingInSeveralParts_ReportsTheFailureOnceAsTheSingleSession(int degree)
    {
        // INC-003's condition adds months to the education start: past DateOnly.MaxValue it throws, in every part.
        var late = new Period(new DateOnly(9999, 12, 1), new DateOnly(9999, 12, 31));
        var dataset = new DatasetBuilder()
            .Unit("U-1", UnitKind.CountyLeadership, education: late).Unit("U-2", UnitKind.CountyLeadership, education: late)
            .Unit("U-3", UnitKind.CountyLeadership, education: late)
            .Problem("PR-1", "U-1").Problem("PR-2", "U-2").Problem("PR-3", "U-3")
            .Build();

        var single = AssertSameAsSingleSession(dataset, () => new ComplianceOptions(), degree);

        single.RuleFailures.Should().ContainSingle().Which.RuleId.Should().Be("INC-003");
    }

    [Fact]
    public void Check_LargeEnoughDatasetWithSeveralDegrees_SplitsAndEqualsTheSingleSession()
    {
        var dataset = WithCrossUnitReferences(CampaignGenerator.Generate(DatasetPreset.County, 2));
        var single = new ComplianceChecker(new ComplianceOptions { MaxDegreeOfParallelism = 1 }).Check(dataset, AsOf);

        var split = new ComplianceChecker(new ComplianceOptions { MaxDegreeOfParallelism = 2 }) { MinPartitionedRecords = 1_000, PartRecords = 5_000 }
            .Check(dataset, AsOf);

        Json(split).Should().Be(Json(single));
        split.RuleFailures.Should().BeEmpty();
    }

    [Fact]
    public void Checker_WithoutUserRules_CompilesOnlyTheRuleSetsItsChecksUse()
    {
        var dataset = WithCrossUnitReferences(CampaignGenerator.Generate(DatasetPreset.County, 3));
        var single = new ComplianceChecker(new ComplianceOptions { MaxDegreeOfParallelism = 1 }).Check(dataset, AsOf);
        var checker = new ComplianceChecker(new ComplianceOptions { MaxDegreeOfParallelism = 2 }) { MinPartitionedRecords = 1_000, PartRecords = 5_000 };

        checker.RulesCompiled.Should().BeFalse("the shipped rules alone are compiled on first use");
        checker.PartitionedRulesCompiled.Should().BeFalse();

        // The first large check compiles the split rule sets while it finds the components; the second reuses them.
        var first = checker.Check(dataset, AsOf);
        checker.PartitionedRulesCompiled.Should().BeTrue();
        checker.RulesCompiled.Should().BeFalse("a split check does not use the one-session rules");
        var second = checker.Check(dataset, AsOf);

        Json(first).Should().Be(Json(single));
        Json(second).Should().Be(Json(single));

        // A small dataset runs in one session, which compiles the one-session rules then.
        checker.Check(new DatasetBuilder().Problem("PR-1").Build(), AsOf);
        checker.RulesCompiled.Should().BeTrue();
    }

    [Fact]
    public void Checker_WithUserRules_CompilesAtOnce()
    {
        var checker = new ComplianceChecker(new ComplianceOptions { MaxDegreeOfParallelism = 2, RuleTypes = [typeof(UserRules.LongMeasureRule)] });

        checker.RulesCompiled.Should().BeTrue("a badly defined user rule must fail in the constructor");
        checker.PartitionedRulesCompiled.Should().BeFalse("the split rule sets are compiled on the first large check");
    }

    [Fact]
    public void Check_UnknownOpinionWhileTheSplitRulesCompile_StillReportsItFromTheSingleSession()
    {
        var dataset = new DatasetBuilder().Problem("PR-1", opinionIds: ["O-404"]).Build();
        var checker = new ComplianceChecker(new ComplianceOptions { MaxDegreeOfParallelism = 2 }) { MinPartitionedRecords = 0 };

        FluentActions.Invoking(() => checker.Check(dataset, AsOf)).Should().Throw<InvalidOperationException>().WithMessage("*unknown opinion 'O-404'*");
        checker.PartitionedRulesCompiled.Should().BeTrue("the compilation started before the components were found is finished, not abandoned");
    }

    [Fact]
    public void Run_ProblemNamingAnUnknownOpinion_LeavesItToTheSingleSession()
    {
        var dataset = new DatasetBuilder().Problem("PR-1", opinionIds: ["O-404"]).Build();

        var result = new PartitionedCheck(new ComplianceOptions()).Run(dataset, AsOf, 2, 2);

        result.Should().BeNull();
        FluentActions.Invoking(() => new ComplianceChecker(new ComplianceOptions { MaxDegreeOfParallelism = 2 }) { MinPartitionedRecords = 0 }.Check(dataset, AsOf))
            .Should().Throw<InvalidOperationException>().WithMessage("*unknown opinion 'O-404'*");
    }

    [Fact]
    public void Check_WithUserRules_RunsPartitionedWithTheUserRulesFindings()
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.District, 1);
        var options = new ComplianceOptions { MaxDegreeOfParallelism = 2 };
        options.RuleTypes.Add(typeof(UserRules.LongMeasureRule));
        var single = new ComplianceChecker(new ComplianceOptions { MaxDegreeOfParallelism = 1, RuleTypes = [typeof(UserRules.LongMeasureRule)] }).Check(dataset, AsOf);
        var checker = new ComplianceChecker(options) { MinPartitionedRecords = 0 };

        var report = checker.Check(dataset, AsOf);

        checker.PartitionedRulesCompiled.Should().BeTrue("user rules no longer turn partitioning off");
        report.Findings.Should().Contain(f => f.RuleId == "USR-001");
        Json(report).Should().Be(Json(single));
    }

    private static ComplianceReport AssertSameAsSingleSession(CampaignDataset dataset, Func<ComplianceOptions> options, int degree)
    {
        var singleOptions = options();
        singleOptions.MaxDegreeOfParallelism = 1;
        var single = new ComplianceChecker(singleOptions).Check(dataset, AsOf);
        var splitOptions = options();
        splitOptions.MaxDegreeOfParallelism = degree;
        splitOptions.Validate();

        // More parts than threads, so parts also queue; the components come from the data either way.
        var result = new PartitionedCheck(splitOptions).Run(dataset, AsOf, degree + 2, degree);
        var viaChecker = new ComplianceChecker(splitOptions) { MinPartitionedRecords = 0 }.Check(dataset, AsOf);

        result.Should().NotBeNull();
        var split = new ComplianceReport(AsOf, DatasetSummary.Of(dataset), result!.Value.Findings, ruleFailures: result.Value.Failures);
        split.Findings.Should().HaveCount(single.Findings.Count);
        for (var i = 0; i < single.Findings.Count; i++)
        {
            split.Findings[i].HasSameContent(single.Findings[i]).Should().BeTrue($"finding {i} is {single.Findings[i]}");
        }

        split.RuleFailures.Select(f => f.ToString()).Should().Equal(single.RuleFailures.Select(f => f.ToString()));
        Json(split).Should().Be(Json(single));
        Json(viaChecker).Should().Be(Json(single));
        single.Findings.Should().NotBeEmpty();
        return single;
    }

    private static ComplianceOptions RaisedBoilerplate()
    {
        var options = new ComplianceOptions { AtRiskThreshold = 2, BoilerplateMinOwners = 2 };
        options.SeverityOverrides["SUP-006"] = FindingSeverity.High;
        return options;
    }

    private static string Json(ComplianceReport report) => new JsonReportWriter().WriteToString(report);

    /// <summary>
    /// Adds records that reference across units: an opinion named by problems of two other units, a rectification
    /// listing problems of two units, and one text used by team problems of three units (boilerplate).
    /// </summary>
    private static CampaignDataset WithCrossUnitReferences(CampaignDataset dataset)
    {
        var units = dataset.Problems.Select(p => p.UnitId).Distinct().Take(5).ToArray();
        var opinion = dataset.Opinions.First(o => o.UnitId != units[0] && o.UnitId != units[1]);
        var day = new DateOnly(2014, 5, 10);
        const string Text = "联系服务群众不够深入，调查研究走过场";
        var problems = new List<Problem>(dataset.Problems)
        {
            new("X-P1", units[0], ProblemOwner.Team, ProblemCategory.Work, Text, ProblemSource.SelfExamination, day, opinionIds: [opinion.Id]),
            new("X-P2", units[1], ProblemOwner.Team, ProblemCategory.Work, Text, ProblemSource.SelfExamination, day, opinionIds: [opinion.Id]),
            new("X-P3", units[2], ProblemOwner.Team, ProblemCategory.Work, Text, ProblemSource.SelfExamination, day),
        };
        var first = dataset.Problems.First(p => p.UnitId == units[3]);
        var second = dataset.Problems.First(p => p.UnitId == units[4]);
        var rectifications = new List<Rectification>(dataset.Rectifications)
        {
            new("X-R1", [first.Id, second.Id, "X-P3"], "每周走访群众并公开回应", RectificationMode.Scheduled, RectificationStatus.Completed,
                null, units[3], new DateOnly(2014, 6, 30), new DateOnly(2014, 7, 20)),
        };
        return new CampaignDataset(dataset.Campaign, dataset.Units, dataset.People, dataset.Opinions, problems, rectifications);
    }
}
