using Campaign.Compliance.Findings;
using Campaign.Compliance.Monitoring;
using Campaign.Compliance.Tests.Differential;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Monitoring;

public class ComplianceMonitorTests
{
    [Theory]
    [InlineData(1, RuleEngine.Indexed)]
    [InlineData(2, RuleEngine.Indexed)]
    [InlineData(3, RuleEngine.Indexed)]
    [InlineData(4, RuleEngine.Indexed)]
    [InlineData(5, RuleEngine.Indexed)]
    [InlineData(6, RuleEngine.Indexed)]
    [InlineData(7, RuleEngine.Indexed)]
    [InlineData(8, RuleEngine.Indexed)]
    [InlineData(1, RuleEngine.NRules)]
    [InlineData(2, RuleEngine.NRules)]
    public void AfterRandomChanges_CurrentFindings_EqualAFreshCheck(int seed, RuleEngine engine)
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.Boundaries, seed, new GeneratorOptions { Scale = 2 });
        var checker = new ComplianceChecker(new ComplianceOptions { Engine = engine });
        var monitor = checker.CreateMonitor(dataset, new DateOnly(2014, 6, 1));
        var problems = dataset.Problems.ToList();
        var rectifications = dataset.Rectifications.ToList();
        var random = new Random(seed * 7919);
        var previous = monitor.Current.ToList();

        for (var step = 0; step < 30; step++)
        {
            var change = RandomChange(random, monitor, dataset, problems, rectifications, step);
            if (change is null)
            {
                continue;
            }

            var fresh = checker.Check(new CampaignDataset(dataset.Campaign, dataset.Units, dataset.People, dataset.Opinions, problems, rectifications), monitor.AsOf);
            monitor.Current.Select(Content).Should().Equal(fresh.Findings.Select(Content), $"step {step} ({change.Value.Name})");
            var expected = previous.Except(change.Value.Change.Removed).Union(change.Value.Change.Added).Select(Content).Order(StringComparer.Ordinal);
            monitor.Current.Select(Content).Order(StringComparer.Ordinal).Should().Equal(expected, $"the change of step {step} ({change.Value.Name}) accounts for the difference");
            previous = monitor.Current.ToList();
        }
    }

    [Fact]
    public void CompleteRectification_WithEvidenceAfterDeadline_WithdrawsOverdueAndAddsCompletedLate()
    {
        var (dataset, monitor) = MonitorOverdueRectification();
        monitor.Current.Should().Contain(f => f.RuleId == "OVD-001" && f.SubjectId == "R-1");

        var change = monitor.CompleteRectification("R-1", new DateOnly(2014, 6, 5), [new Evidence(EvidenceKind.Photo, "p.jpg")]);

        change.Removed.Should().Contain(f => f.RuleId == "OVD-001" && f.SubjectId == "R-1");
        change.Added.Should().Contain(f => f.RuleId == "OVD-002" && f.SubjectId == "R-1" && f.Details["daysLate"] == 5);
        monitor.Current.Should().NotContain(f => f.RuleId == "OVD-001");
    }

    [Fact]
    public void Issue_0017_RescheduleOnTheRecord_WithdrawsOverdueAndAnnouncesTheChange()
    {
        var (dataset, monitor) = MonitorOverdueRectification();
        var announced = new List<FindingsChange>();
        monitor.FindingsChanged += (_, change) => announced.Add(change);

        dataset.FindRectification("R-1")!.Reschedule(new DateOnly(2014, 6, 30));

        monitor.Current.Should().NotContain(f => f.RuleId == "OVD-001");
        announced.Should().ContainSingle().Which.Removed.Should().Contain(f => f.RuleId == "OVD-001" && f.SubjectId == "R-1");
    }

    [Fact]
    public void ADisposedMonitor_NoLongerFollowsTheRecords_AndRefusesChanges()
    {
        var (dataset, monitor) = MonitorOverdueRectification();
        var announced = new List<FindingsChange>();
        monitor.FindingsChanged += (_, change) => announced.Add(change);

        monitor.Dispose();
        dataset.FindRectification("R-1")!.Reschedule(new DateOnly(2014, 6, 30));

        announced.Should().BeEmpty();
        monitor.Current.Should().Contain(f => f.RuleId == "OVD-001" && f.SubjectId == "R-1", "the findings stay as they were at disposal");
        monitor.Invoking(m => m.MoveAsOf(new DateOnly(2014, 7, 1))).Should().Throw<ObjectDisposedException>();
        monitor.Invoking(m => m.Dispose()).Should().NotThrow("disposing twice does nothing");
    }

    [Fact]
    public void Apply_SeveralChangesOnTheRecords_ReturnsTheirFindingsAsOneChangeNotAnnounced()
    {
        var (dataset, monitor) = MonitorOverdueRectification();
        var announced = new List<FindingsChange>();
        monitor.FindingsChanged += (_, change) => announced.Add(change);
        var rectification = monitor.FindRectification("R-1")!;

        var change = monitor.Apply(() =>
        {
            rectification.Reschedule(new DateOnly(2014, 6, 30));
            rectification.Reschedule(new DateOnly(2014, 6, 1));
            monitor.MoveAsOf(new DateOnly(2014, 6, 20));
        });

        announced.Should().BeEmpty();
        change.Removed.Should().ContainSingle(f => f.RuleId == "OVD-001" && f.SubjectId == "R-1" && f.Details["daysOverdue"] == 10);
        change.Added.Should().ContainSingle(f => f.RuleId == "OVD-001" && f.SubjectId == "R-1" && f.Details["daysOverdue"] == 19);
    }

    [Fact]
    public void AChangeThroughTheMonitor_IsReturned_NotAnnounced()
    {
        var (dataset, monitor) = MonitorOverdueRectification();
        var announced = new List<FindingsChange>();
        monitor.FindingsChanged += (_, change) => announced.Add(change);

        var change = monitor.CompleteRectification("R-1", new DateOnly(2014, 6, 5), [new Evidence(EvidenceKind.Photo, "p.jpg")]);

        change.Removed.Should().Contain(f => f.RuleId == "OVD-001");
        announced.Should().BeEmpty();
    }

    [Fact]
    public void ARectificationAddedThroughTheMonitor_IsFollowed()
    {
        var dataset = new DatasetBuilder()
            .Problem("PR-1")
            .Rectification("R-1", deadline: new DateOnly(2014, 6, 30), responsiblePersonId: "P-1")
            .Build();
        var monitor = new ComplianceChecker().CreateMonitor(dataset, new DateOnly(2014, 6, 10));
        var added = new Rectification("R-2", [dataset.Rectifications[0].ProblemIds[0]], "每周公开整改进度并张榜公布", RectificationMode.Scheduled, responsiblePersonId: "P-1", deadline: new DateOnly(2014, 6, 30));
        monitor.AddRectification(added);
        monitor.Current.Should().NotContain(f => f.RuleId == "OVD-001" && f.SubjectId == "R-2");

        added.Reschedule(new DateOnly(2014, 6, 1));

        monitor.Current.Should().Contain(f => f.RuleId == "OVD-001" && f.SubjectId == "R-2");
    }

    [Fact]
    public void MoveAsOf_ChangesDaysOverdue_AsARemovedAndAddedFinding()
    {
        var (dataset, monitor) = MonitorOverdueRectification();

        var change = monitor.MoveAsOf(new DateOnly(2014, 6, 12));

        change.Removed.Should().ContainSingle(f => f.RuleId == "OVD-001").Which.Details["daysOverdue"].Should().Be(10);
        change.Added.Should().ContainSingle(f => f.RuleId == "OVD-001").Which.Details["daysOverdue"].Should().Be(12);
    }

    [Fact]
    public void AddAndRemoveProblem_WithABoilerplateText_FlagsTheGroupAtTheThirdOwnerAndWithdrawsItBelow()
    {
        var dataset = new DatasetBuilder().Unit("U-1").Unit("U-2").Unit("U-3")
            .Problem("PR-1", "U-1", text: "理论学习不够深入")
            .Problem("PR-2", "U-2", text: "理论学习不够深入。")
            .Build();
        var monitor = new ComplianceChecker().CreateMonitor(dataset, new DateOnly(2014, 6, 1));
        monitor.Current.Should().NotContain(f => f.RuleId == "SUP-006");
        var third = new Problem("PR-3", "U-3", ProblemOwner.Team, ProblemCategory.Work, "理论 学习,不够深入!", ProblemSource.Other, new DateOnly(2014, 5, 1));

        var added = monitor.AddProblem(third);

        added.Added.Where(f => f.RuleId == "SUP-006").Select(f => f.SubjectId).Should().BeEquivalentTo("PR-1", "PR-2", "PR-3");

        var removed = monitor.RemoveProblem("PR-3");

        removed.Removed.Where(f => f.RuleId == "SUP-006").Select(f => f.SubjectId).Should().BeEquivalentTo("PR-1", "PR-2", "PR-3");
        monitor.Current.Should().NotContain(f => f.RuleId == "SUP-006");
        monitor.AddProblem(third).Added.Should().Contain(f => f.RuleId == "SUP-006" && f.SubjectId == "PR-3");
    }

    [Fact]
    public void RemoveProblem_ListedByARectification_Throws()
    {
        var dataset = new DatasetBuilder().Problem("PR-1").Rectification("R-1").Build();
        var monitor = new ComplianceChecker().CreateMonitor(dataset);

        var act = () => monitor.RemoveProblem("PR-1");

        act.Should().Throw<InvalidOperationException>().WithMessage("*R*lists it*");
    }

    [Fact]
    public void CompleteRectification_Unknown_ThrowsKeyNotFound()
    {
        var monitor = new ComplianceChecker().CreateMonitor(new DatasetBuilder().Unit("U-1").Build());

        var act = () => monitor.CompleteRectification("R-404", new DateOnly(2014, 6, 1), []);

        act.Should().Throw<KeyNotFoundException>().WithMessage("*R-404*");
    }

    private static string Content(Finding f) => CheckAgainstReferenceTests.Describe(f) + " " + string.Join(",", f.Details.Select(d => d.Key + "=" + d.Value));

    private static (string Name, Compliance.Monitoring.FindingsChange Change)? RandomChange(
        Random random, Compliance.Monitoring.ComplianceMonitor monitor, CampaignDataset dataset, List<Problem> problems, List<Rectification> rectifications, int step)
    {
        switch (random.Next(10))
        {
            case 0:
                {
                    var open = rectifications.Where(r => r.IsOpen).ToList();
                    if (open.Count == 0)
                    {
                        return null;
                    }

                    var r = open[random.Next(open.Count)];
                    var evidence = random.Next(2) == 0 ? Array.Empty<Evidence>() : [new Evidence(EvidenceKind.Document, "d")];
                    return ("complete " + r.Id, monitor.CompleteRectification(r.Id, monitor.AsOf.AddDays(-random.Next(20)), evidence));
                }

            case 1:
                {
                    var notStarted = rectifications.Where(r => r.Status == RectificationStatus.NotStarted).ToList();
                    return notStarted.Count == 0 ? null : ("start", monitor.StartRectification(notStarted[random.Next(notStarted.Count)].Id));
                }

            case 2:
                {
                    var completed = rectifications.Where(r => r.Status == RectificationStatus.Completed).ToList();
                    return completed.Count == 0 ? null : ("close off", monitor.CloseOffRectification(completed[random.Next(completed.Count)].Id));
                }

            case 3:
                {
                    var r = rectifications[random.Next(rectifications.Count)];
                    var evaluation = random.Next(2) == 0 ? new Evaluation(EvaluatorKind.Self, monitor.AsOf) : new Evaluation(EvaluatorKind.Masses, monitor.AsOf, random.Next(2) == 0 ? 0.95 : 0.7, 30);
                    return ("evaluate " + r.Id, monitor.EvaluateRectification(r.Id, evaluation));
                }

            case 4:
                {
                    var unclaimed = dataset.Opinions.Where(o => !o.IsClaimed).ToList();
                    if (unclaimed.Count == 0)
                    {
                        return null;
                    }

                    var o = unclaimed[random.Next(unclaimed.Count)];
                    return ("claim " + o.Id, monitor.ClaimOpinion(o.Id, o.ReceivedOn.AddDays(random.Next(0, 60))));
                }

            case 5:
                {
                    var claimed = dataset.Opinions.Where(o => o.IsClaimed && !o.IsReportedBack).ToList();
                    if (claimed.Count == 0)
                    {
                        return null;
                    }

                    var o = claimed[random.Next(claimed.Count)];
                    return ("report back " + o.Id, monitor.ReportBackOpinion(o.Id, o.ClaimedOn!.Value.AddDays(random.Next(0, 30))));
                }

            case 6:
                {
                    var template = problems.Count > 0 ? problems[random.Next(problems.Count)] : null;
                    var unit = dataset.Units[random.Next(dataset.Units.Count)];
                    var problem = new Problem(
                        $"PR-N{step}", template?.UnitId ?? unit.Id, template?.Owner ?? ProblemOwner.Team,
                        random.Next(2) == 0 ? ProblemCategory.Work : ProblemCategory.FourWinds,
                        template?.Text ?? "新问题", ProblemSource.Other, monitor.AsOf.AddDays(-random.Next(60)),
                        focusId: template?.FocusId, opinionIds: template?.OpinionIds);
                    problems.Add(problem);
                    return ("add problem", monitor.AddProblem(problem));
                }

            case 7:
                {
                    var listed = new HashSet<string>(rectifications.SelectMany(r => r.ProblemIds));
                    var free = problems.Where(p => !listed.Contains(p.Id)).ToList();
                    if (free.Count == 0)
                    {
                        return null;
                    }

                    var p = free[random.Next(free.Count)];
                    problems.Remove(p);
                    return ("remove " + p.Id, monitor.RemoveProblem(p.Id));
                }

            case 8:
                {
                    if (problems.Count == 0)
                    {
                        return null;
                    }

                    var p = problems[random.Next(problems.Count)];
                    var r = new Rectification($"R-N{step}", [p.Id], "每周公开整改进度并张榜公布", RectificationMode.Immediate, responsiblePersonId: p.Owner.PersonId, deadline: monitor.AsOf.AddDays(random.Next(-10, 10)));
                    rectifications.Add(r);
                    return ("add rectification", monitor.AddRectification(r));
                }

            default:
                return ("move", monitor.MoveAsOf(monitor.AsOf.AddDays(random.Next(-20, 40))));
        }
    }

    // One rectification R-1, due 2014-05-31 and not done, monitored as of 2014-06-10: OVD-001 holds.
    private static (CampaignDataset Dataset, ComplianceMonitor Monitor) MonitorOverdueRectification()
    {
        var dataset = new DatasetBuilder()
            .Problem("PR-1")
            .Rectification("R-1", deadline: new DateOnly(2014, 5, 31), responsiblePersonId: "P-1")
            .Build();
        return (dataset, new ComplianceChecker().CreateMonitor(dataset, new DateOnly(2014, 6, 10)));
    }
}
