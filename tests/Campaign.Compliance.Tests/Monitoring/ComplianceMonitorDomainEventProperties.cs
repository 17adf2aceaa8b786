using Campaign.Compliance.Findings;
using Campaign.Compliance.Monitoring;
using Campaign.Compliance.Tests.Differential;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;
using Campaign.Domain.Units;
using FsCheck.Xunit;

namespace Campaign.Compliance.Tests.Monitoring;

/// <summary>
/// The monitor against a fresh full check: random sequences of every public mutator of every entity, applied to the
/// records directly while the monitor listens (with a few changes through the monitor and moves of the date mixed in).
/// </summary>
public class ComplianceMonitorDomainEventProperties
{
    private static readonly DateOnly AsOf = new(2014, 6, 1);

    [Property(MaxTest = 40)]
    public void ChangesMadeOnTheRecords_KeepTheFindingsEqualToAFreshCheck(int seed)
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.Boundaries, seed);
        var checker = new ComplianceChecker();
        var monitor = checker.CreateMonitor(dataset, AsOf);
        var random = new Random(seed);
        var announced = new List<FindingsChange>();
        monitor.FindingsChanged += (_, change) => announced.Add(change);

        for (var step = 0; step < 25; step++)
        {
            var before = monitor.Current.Select(Content).ToList();
            announced.Clear();
            var (name, direct) = RandomChange(random, dataset, monitor);

            var fresh = checker.Check(dataset, monitor.AsOf).Findings.Select(Content).ToList();
            monitor.Current.Select(Content).Should().Equal(fresh, $"step {step} ({name}) of seed {seed}");
            if (direct is true)
            {
                // A change on a record is announced once, and the announcement accounts for the difference.
                announced.Should().ContainSingle($"step {step} ({name})");
                var expected = before.Except(announced[0].Removed.Select(Content)).Union(announced[0].Added.Select(Content)).Order(StringComparer.Ordinal);
                monitor.Current.Select(Content).Order(StringComparer.Ordinal).Should().Equal(expected, $"the announcement of step {step} ({name})");
            }
            else
            {
                announced.Should().BeEmpty($"step {step} ({name}) made no change on a record, or made it through the monitor");
            }
        }
    }

    // Applies one random change; returns its name and whether it was made on a record directly (null when refused).
    private static (string Name, bool? Direct) RandomChange(Random random, CampaignDataset dataset, ComplianceMonitor monitor)
    {
        var day = AsOf.AddDays(random.Next(-90, 60));
        var r = dataset.Rectifications.Count > 0 ? dataset.Rectifications[random.Next(dataset.Rectifications.Count)] : null;
        var o = dataset.Opinions.Count > 0 ? dataset.Opinions[random.Next(dataset.Opinions.Count)] : null;
        var weakLax = dataset.Units.Where(u => u.IsWeakLax).Select(u => u.WeakLax!).ToList();
        var w = weakLax.Count > 0 ? weakLax[random.Next(weakLax.Count)] : null;
        var person = dataset.People.Count > 0 && random.Next(4) > 0 ? dataset.People[random.Next(dataset.People.Count)].Id : "P-UNKNOWN";
        var unit = dataset.Units[random.Next(dataset.Units.Count)].Id;
        return random.Next(19) switch
        {
            0 => Try("start", r, x => x.Start()),
            1 => Try("complete", r, x => x.Complete(day, Enumerable.Range(0, random.Next(3)).Select(i => new Evidence(RandomEnum<EvidenceKind>(random), "e" + i)).ToList())),
            2 => Try("close off", r, x => x.CloseOff()),
            3 => Try("evaluate", r, x => x.Evaluate(random.Next(2) == 0 ? new Evaluation(EvaluatorKind.Self, day) : new Evaluation(EvaluatorKind.Masses, day, random.Next(2) == 0 ? 0.95 : 0.6, random.Next(0, 50)))),
            4 => Try("add evidence", r, x => x.AddEvidence(new Evidence(RandomEnum<EvidenceKind>(random), "extra"))),
            5 => Try("set deadline", r, x => x.SetDeadline(day)),
            6 => Try("reschedule", r, x => x.Reschedule(day)),
            7 => Try("assign person", r, x => x.AssignResponsiblePerson(person)),
            8 => Try("assign unit", r, x => x.AssignResponsibleUnit(unit)),
            9 => Try("claim", o, x => x.Claim(day, random.Next(2) == 0 ? null : person)),
            10 => Try("report back", o, x => x.ReportBack(day)),
            11 => Try("staff team", w, x => x.StaffTeam(day)),
            12 => Try("consolidate", w, x => x.Consolidate(day)),
            13 => Try("assign first secretary", w, x => x.AssignFirstSecretary(person)),
            14 => Try("adopt plan", w, x => x.AdoptPlan()),
            15 => TryThroughMonitor("monitor start", r, x => monitor.StartRectification(x.Id)),
            16 => TryThroughMonitor("monitor complete", r, x => monitor.CompleteRectification(x.Id, day, [])),
            17 => TryThroughMonitor("monitor claim", o, x => monitor.ClaimOpinion(x.Id, day)),
            _ => ("move date", Move(monitor, AsOf.AddDays(random.Next(-30, 60)))),
        };
    }

    private static bool Move(ComplianceMonitor monitor, DateOnly asOf)
    {
        monitor.MoveAsOf(asOf);
        return false;
    }

    private static (string, bool?) Try<T>(string name, T? record, Action<T> change)
        where T : class
    {
        if (record is null)
        {
            return (name + " (none)", null);
        }

        try
        {
            change(record);
            return ($"{name} {record}", true);
        }
        catch (InvalidOperationException)
        {
            return ($"{name} {record} (refused)", null);
        }
    }

    private static (string, bool?) TryThroughMonitor<T>(string name, T? record, Action<T> change)
        where T : class
    {
        var (description, done) = Try(name, record, change);
        return (description, done is null ? null : false);
    }

    private static T RandomEnum<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }

    private static string Content(Finding f) => CheckAgainstReferenceTests.Describe(f) + " " + string.Join(",", f.Details.Select(d => d.Key + "=" + d.Value));
}
