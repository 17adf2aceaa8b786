using System.Text.Json;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Tests.Reference;

public class ReferenceEvaluatorTests
{
    private static readonly DateOnly AsOf = new(2014, 7, 15);

    private static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    [Fact]
    public void Evaluate_DistrictSmallExample_GivesExactlyTheExpectedFindings()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        using var expectedDoc = JsonDocument.Parse(File.ReadAllBytes(TestData("district-small.expected.json")));
        var expected = expectedDoc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("subjectType").GetString(), f.GetProperty("subjectId").GetString(), f.GetProperty("unitId").GetString()))
            .ToList();

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        findings.Select(f => ((string?)f.RuleId, (string?)f.SubjectType, (string?)f.SubjectId, (string?)f.UnitId))
            .Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Evaluate_DistrictSmallExample_IsOrderedByUnitRuleSubject()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        var keys = findings.Select(f => f.UnitId + "\u0001" + f.RuleId + "\u0001" + f.SubjectId).ToList();
        keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
        findings.Select(f => f.Key).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Evaluate_DistrictSmallExample_CountsHighFindingsForEscalation()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        var escalation = findings.Single(f => f.RuleId == "ESC-001" && f.SubjectId == "U-WD");
        escalation.Details["highFindings"].Should().Be(findings.Count(f => f.UnitId == "U-WD" && f.RuleId != "ESC-001" && f.Severity == "high"));
    }

    [Theory]
    [InlineData("2014-06-30", false)]
    [InlineData("2014-07-01", true)]
    public void Overdue_OnTheDeadlineDay_IsNotFlagged(string asOf, bool flagged)
    {
        var dataset = Single(rectification: Rect("R", mode: RectificationMode.Scheduled, deadline: new DateOnly(2014, 6, 30)));

        var findings = ReferenceEvaluator.Evaluate(dataset, DateOnly.Parse(asOf));

        findings.Any(f => f.RuleId == "OVD-001").Should().Be(flagged);
    }

    [Fact]
    public void Overdue_DayAfterDeadline_ReportsDaysOverdue()
    {
        var dataset = Single(rectification: Rect("R", mode: RectificationMode.Scheduled, deadline: new DateOnly(2014, 6, 30)));

        var findings = ReferenceEvaluator.Evaluate(dataset, new DateOnly(2014, 7, 3));

        findings.Single(f => f.RuleId == "OVD-001").Details["daysOverdue"].Should().Be(3);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void OpinionUnclaimed_ClaimedExactlyAtTheWindow_IsNotFlagged(int daysToClaim, bool flagged)
    {
        var received = new DateOnly(2014, 4, 1);
        var opinion = new Opinion("O", "U", "意见", received, claimedOn: received.AddDays(daysToClaim));
        var dataset = new CampaignDataset(Campaign(), [Unit()], opinions: [opinion]);

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        findings.Any(f => f.RuleId == "OVD-006").Should().Be(flagged);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void ImmediateNotImmediate_ExactlyTheWindow_IsNotFlagged(int days, bool flagged)
    {
        var found = new DateOnly(2014, 4, 1);
        var dataset = Single(
            rectification: Rect("R", mode: RectificationMode.Immediate, status: RectificationStatus.Completed, completedOn: found.AddDays(days)),
            identifiedOn: found);

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        findings.Any(f => f.RuleId == "OVD-003").Should().Be(flagged);
    }

    [Theory]
    [InlineData(0.90, false)]
    [InlineData(0.89, true)]
    public void LowSatisfaction_ExactlyTheTarget_IsNotFlagged(double rate, bool flagged)
    {
        var dataset = Single(rectification: Rect("R", evaluation: new Evaluation(EvaluatorKind.Masses, new DateOnly(2014, 6, 1), rate, 50)));

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        findings.Any(f => f.RuleId == "SUP-003").Should().Be(flagged);
    }

    [Theory]
    [InlineData("2014-04-30", false)]
    [InlineData("2014-05-01", true)]
    public void WeakOrgTeamNotStaffed_StaffedOnTheDeadlineDay_IsNotFlagged(string staffedOn, bool flagged)
    {
        var unit = new Unit("U", "北关社区", UnitKind.VillageOrCommunity, UnitLevel.Village,
            weakLax: new WeakLaxOrganisation(new DateOnly(2014, 3, 20), DateOnly.Parse(staffedOn), new DateOnly(2014, 6, 1)));
        var dataset = new CampaignDataset(Campaign(), [unit]);

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        findings.Any(f => f.RuleId == "OVD-004").Should().Be(flagged);
        findings.Any(f => f.RuleId == "OVD-005").Should().BeFalse();
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void BoilerplateProblem_ThreeOwnersVersusTwo(int owners, bool flagged)
    {
        var people = Enumerable.Range(1, 3).Select(i => new Person("P" + i, "人" + i, "U", PersonRole.TeamMember)).ToList();
        var problems = Enumerable.Range(1, owners)
            .Select(i => Prob("PR" + i, ProblemOwner.Individual("P" + i), text: i % 2 == 0 ? "理论学习不够深入,学用结合不紧" : "理论学习 不够深入 学用结合不紧。"))
            .Append(Prob("PR9", ProblemOwner.Individual("P1"), text: "理论学习不够深入,学用结合不紧!"))
            .ToList();
        var dataset = new CampaignDataset(Campaign(), [Unit()], people, problems: problems);

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        findings.Where(f => f.RuleId == "SUP-006").Should().HaveCount(flagged ? owners + 1 : 0);
    }

    [Fact]
    public void BoilerplateProblem_EmptyNormalizedTexts_AreNeverTheSame()
    {
        var people = Enumerable.Range(1, 3).Select(i => new Person("P" + i, "人" + i, "U", PersonRole.TeamMember)).ToList();
        var problems = Enumerable.Range(1, 3).Select(i => Prob("PR" + i, ProblemOwner.Individual("P" + i), text: "……")).ToList();
        var dataset = new CampaignDataset(Campaign(), [Unit()], people, problems: problems);

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        findings.Should().NotContain(f => f.RuleId == "SUP-006");
    }

    [Theory]
    [InlineData("2014-03-31", "2014-06-29", true)]
    [InlineData("2014-03-31", "2014-06-30", false)]
    [InlineData("2013-11-30", "2014-02-27", true)]
    [InlineData("2013-11-30", "2014-02-28", false)]
    [InlineData("2014-03-10", "2014-06-10", false)]
    public void ShortEducation_MonthAdditionClampsToTheMonthEnd(string start, string end, bool flagged)
    {
        var unit = new Unit("U", "单位", UnitKind.DirectlyAffiliated, UnitLevel.County,
            education: new Period(DateOnly.Parse(start), DateOnly.Parse(end)));
        var dataset = new CampaignDataset(Campaign(), [unit]);

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        findings.Any(f => f.RuleId == "INC-003").Should().Be(flagged);
    }

    [Theory]
    [InlineData("进一步提高认识,切实加强担当意识", true)]
    [InlineData("加强学习", true)]
    [InlineData("制定会议精简办法", false)]
    [InlineData("Further STRENGTHEN the awareness and study of work style", true)]
    [InlineData("每月下基层4天", false)]
    [InlineData("每月下基层", true)]
    [InlineData("严格要求自己𠀀𠀁𠀂𠀃𠀄", true)]
    [InlineData("严格要求自己𠀀𠀁𠀂𠀃𠀄𠀅", false)]
    [InlineData("ＦＵＲＴＨＥＲ落实整改", true)]
    public void VagueMeasure_StockPhrasesAndScalarCounting(string measure, bool flagged)
    {
        var dataset = Single(rectification: Rect("R", measure: measure));

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf);

        findings.Any(f => f.RuleId == "SUP-005").Should().Be(flagged);
    }

    [Fact]
    public void ConcreteText_RemovesLongestPhraseFirst()
    {
        // "高度重视" goes before "重视": if "重视" went first, "高度" would remain.
        var concrete = ReferenceText.ConcreteText("高度重视安全", ReferenceParameters.DefaultStockPhrases);

        concrete.Should().Be("安全");
    }

    [Fact]
    public void ConcreteText_RemovalCanJoinAPhrase_ThatLaterPhrasesStillSee()
    {
        // Removing "and" (3) joins "th" + "e" into "the", which is removed after it (also 3, ordinal "and" < "the").
        var concrete = ReferenceText.ConcreteText("xthandex", ["and", "the"]);

        concrete.Should().Be("xx");
    }

    [Fact]
    public void Normalize_RemovesPunctuationSpacesSymbolsAndLowerCases()
    {
        ReferenceText.Normalize("Ａbc, 联系群众 不够。\u200B").Should().Be("abc联系群众不够");
    }

    [Fact]
    public void NotReportedBack_FlagsOnlyWhenEveryProblemIsRectifiedAndFinished()
    {
        var opinion = new Opinion("O", "U", "意见", new DateOnly(2014, 3, 1), claimedOn: new DateOnly(2014, 3, 2));
        var problems = new[]
        {
            Prob("PR1", ProblemOwner.Team, opinionIds: ["O"]),
            Prob("PR2", ProblemOwner.Team, opinionIds: ["O"]),
        };
        var done = Rect("R1", problemIds: ["PR1"], status: RectificationStatus.Completed, completedOn: new DateOnly(2014, 6, 30));
        var onlyOne = new CampaignDataset(Campaign(), [Unit()], opinions: [opinion], problems: problems, rectifications: [done]);
        var both = new CampaignDataset(Campaign(), [Unit()], opinions: [opinion], problems: problems,
            rectifications: [done, Rect("R2", problemIds: ["PR2"], status: RectificationStatus.Completed, completedOn: new DateOnly(2014, 6, 29))]);

        var whenOneIsMissing = ReferenceEvaluator.Evaluate(onlyOne, AsOf);
        var onTheWindowDay = ReferenceEvaluator.Evaluate(both, new DateOnly(2014, 7, 15));
        var dayAfter = ReferenceEvaluator.Evaluate(both, new DateOnly(2014, 7, 16));

        whenOneIsMissing.Should().NotContain(f => f.RuleId == "SUP-004");
        onTheWindowDay.Should().NotContain(f => f.RuleId == "SUP-004");
        dayAfter.Single(f => f.RuleId == "SUP-004").Related.Should().Equal("PR1", "PR2", "R1", "R2");
    }

    [Fact]
    public void FocusAvoided_AllKindsIdAloneDoesNotSatisfyTheFocus()
    {
        var dataset = new CampaignDataset(Campaign(), [Unit()], problems: [Prob("PR", ProblemOwner.Team, focusId: "FP.C.ALL.01")]);
        var withFocus = new CampaignDataset(Campaign(), [Unit()], problems: [Prob("PR", ProblemOwner.Team, focusId: "FP.C.DAU.02")]);

        ReferenceEvaluator.Evaluate(dataset, AsOf).Should().Contain(f => f.RuleId == "MIS-005");
        ReferenceEvaluator.Evaluate(withFocus, AsOf).Should().NotContain(f => f.RuleId == "MIS-005");
    }

    [Fact]
    public void FocusAvoided_OptionListsOverrideTheDatasetLists()
    {
        var unit = new Unit("U", "大学", UnitKind.University, UnitLevel.County);
        var dataset = new CampaignDataset(Campaign(), [unit], problems: [Prob("PR", ProblemOwner.Team)]);

        var centralOnly = ReferenceEvaluator.Evaluate(dataset, AsOf);
        var withHunan = ReferenceEvaluator.Evaluate(dataset, AsOf, new ReferenceParameters { FocusLists = ["C", "HN"] });

        centralOnly.Should().NotContain(f => f.RuleId == "MIS-005", "the central list names no focus problem for universities");
        withHunan.Should().Contain(f => f.RuleId == "MIS-005");
    }

    [Fact]
    public void WorkForFourWinds_TeamOwnerIsReportedOnTheUnit_PersonOnThePerson()
    {
        var person = new Person("U", "同名", "U", PersonRole.TeamMember);
        var problems = new[]
        {
            Prob("PR1", ProblemOwner.Team, category: ProblemCategory.Work),
            Prob("PR2", ProblemOwner.Individual("U"), category: ProblemCategory.Work),
        };
        var dataset = new CampaignDataset(Campaign(), [Unit()], [person], problems: problems);

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf).Where(f => f.RuleId == "MIS-004").ToList();

        findings.Select(f => f.SubjectType).Should().Equal("person", "unit");
    }

    [Fact]
    public void Escalation_CountsEffectiveSeverity_AndIgnoresDisabledRules()
    {
        // Five scheduled items with no deadline and no one responsible: 5 INC-001 + 5 INC-002 (high).
        var rectifications = Enumerable.Range(1, 5).Select(i => Rect("R" + i, mode: RectificationMode.Scheduled, responsible: false)).ToList();
        var dataset = new CampaignDataset(Campaign(), [Unit()], problems: [Prob("PR1", ProblemOwner.Team, focusId: "FP.C.DAU.01")], rectifications: rectifications);

        var plain = ReferenceEvaluator.Evaluate(dataset, AsOf);
        var lowered = ReferenceEvaluator.Evaluate(dataset, AsOf, new ReferenceParameters
        {
            SeverityOverrides = new Dictionary<string, string> { ["INC-001"] = "low", ["INC-002"] = "medium" },
        });
        var oneDisabled = ReferenceEvaluator.Evaluate(dataset, AsOf, new ReferenceParameters
        {
            DisabledRules = new HashSet<string> { "INC-002" },
            AtRiskThreshold = 6,
        });
        var escalationDisabled = ReferenceEvaluator.Evaluate(dataset, AsOf, new ReferenceParameters { DisabledRules = new HashSet<string> { "ESC-001" } });

        plain.Single(f => f.RuleId == "ESC-001").Details["highFindings"].Should().Be(10);
        lowered.Should().NotContain(f => f.RuleId == "ESC-001");
        lowered.Where(f => f.RuleId == "INC-001").Should().OnlyContain(f => f.Severity == "low");
        oneDisabled.Should().NotContain(f => f.RuleId == "ESC-001" || f.RuleId == "INC-002");
        escalationDisabled.Should().NotContain(f => f.RuleId == "ESC-001");
        escalationDisabled.Should().Contain(f => f.RuleId == "INC-002");
    }

    [Fact]
    public void RectifierNotOwner_AbsentResponsibleCountsAsNotTheOwner()
    {
        var person = new Person("P1", "李明", "U", PersonRole.TeamMember);
        var problem = Prob("PR1", ProblemOwner.Individual("P1"));
        var dataset = new CampaignDataset(Campaign(), [Unit()], [person], problems: [problem],
            rectifications: [Rect("R1", responsible: false, unitResponsible: true), Rect("R2", responsiblePerson: "P1")]);

        var findings = ReferenceEvaluator.Evaluate(dataset, AsOf).Where(f => f.RuleId == "MIS-006").ToList();

        findings.Select(f => f.SubjectId).Should().Equal("R1");
    }

    private static CampaignRun Campaign() =>
        new("测试活动", CampaignBatch.Second, new DateOnly(2014, 3, 1), new DateOnly(2014, 9, 30));

    private static Unit Unit() => new("U", "区直单位", UnitKind.DirectlyAffiliated, UnitLevel.County);

    private static Problem Prob(
        string id,
        ProblemOwner owner,
        string text = "问题文本",
        ProblemCategory category = ProblemCategory.Other,
        string? focusId = null,
        string[]? opinionIds = null,
        DateOnly? identifiedOn = null) =>
        new(id, "U", owner, category, text + (text == "问题文本" ? id : string.Empty), ProblemSource.SelfExamination,
            identifiedOn ?? new DateOnly(2014, 4, 1), focusId: focusId, opinionIds: opinionIds);

    private static Rectification Rect(
        string id,
        string[]? problemIds = null,
        string measure = "建立每月走访制度并公示结果",
        RectificationMode mode = RectificationMode.Scheduled,
        RectificationStatus status = RectificationStatus.InProgress,
        DateOnly? deadline = null,
        DateOnly? completedOn = null,
        Evaluation? evaluation = null,
        bool responsible = true,
        bool unitResponsible = false,
        string? responsiblePerson = null) =>
        new(id, problemIds ?? ["PR1"], measure, mode, status,
            responsiblePersonId: responsiblePerson,
            responsibleUnitId: responsible || unitResponsible ? "U" : null,
            deadline: deadline, completedOn: completedOn,
            evidence: completedOn is null ? null : [new Evidence(EvidenceKind.Document, "文件")], evaluation: evaluation);

    private static CampaignDataset Single(Rectification rectification, DateOnly? identifiedOn = null) =>
        new(Campaign(), [Unit()], problems: [Prob("PR1", ProblemOwner.Team, identifiedOn: identifiedOn)], rectifications: [rectification]);
}
