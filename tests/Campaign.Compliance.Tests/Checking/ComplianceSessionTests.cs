using Campaign.Compliance.Checking;
using Campaign.Compliance.Monitoring;
using Campaign.Compliance.Text;
using Campaign.Domain.Serialization;

namespace Campaign.Compliance.Tests.Checking;

public class ComplianceSessionTests
{
    private static readonly DateOnly AsOf = new(2014, 7, 15);

    private static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    [Fact]
    public void CheckSession_GivesTheSameFindingsAsAMonitorSession()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        var rules = new CompiledRules(new ComplianceOptions(), null);
        using var monitor = new MonitorSession(rules, dataset, AsOf);
        using var check = new CheckSession(rules, dataset, AsOf);

        monitor.Fire();
        check.Fire();

        var expected = monitor.Findings().Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();
        check.Findings().Select(f => f.ToString()).Order(StringComparer.Ordinal).Should().Equal(expected);
        expected.Should().NotBeEmpty();
    }

    [Fact]
    public void CheckSessionAndMonitorSession_LoadTheSameFacts()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        var rules = new CompiledRules(new ComplianceOptions(), null);
        using var monitor = new MonitorSession(rules, dataset, AsOf);
        using var check = new CheckSession(rules, dataset, AsOf);

        var expected = FactCounts(monitor);

        FactCounts(check).Should().Equal(expected);
        expected.Should().Contain(entry => entry.StartsWith("ProblemProfile ", StringComparison.Ordinal))
            .And.Contain(entry => entry.StartsWith("RectificationProblem ", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSessionTextProfiles_AfterLoading_AreTheProblemsWithATextInDatasetOrder()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        using var session = new CheckSession(new CompiledRules(new ComplianceOptions(), null), dataset, AsOf);

        var profiles = session.TextProfiles();

        profiles.Select(p => p.Problem).Should().Equal(dataset.Problems.Where(p => TextNormalization.Normalize(p.Text).Length > 0));
        profiles.Should().NotBeEmpty().And.OnlyContain(p => p.NormalizedText != null);
    }

    [Fact]
    public void Dispose_EmptiesTheEngineSession_AndKeepsTheFailures()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        var session = new CheckSession(new CompiledRules(new ComplianceOptions(), null), dataset, AsOf);
        session.Fire();
        var findings = session.Findings();
        var failures = session.Failures;

        session.Dispose();
        session.Dispose();

        findings.Should().NotBeEmpty();
        session.Session.Query<object>().Should().BeEmpty("a disposed session holds no facts");
        session.Failures.Should().BeSameAs(failures);
        session.Invoking(s => s.Fire()).Should().Throw<ObjectDisposedException>();
        session.Invoking(s => s.Findings()).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void MonitorSession_AfterDispose_RefusesChanges()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        var session = new MonitorSession(new CompiledRules(new ComplianceOptions(), null), dataset, AsOf);
        var rectification = dataset.Rectifications[0];

        session.Dispose();

        session.Invoking(s => s.RectificationChanged(rectification)).Should().Throw<ObjectDisposedException>();
        session.Invoking(s => s.MoveAsOf(AsOf.AddDays(1))).Should().Throw<ObjectDisposedException>();
        session.Invoking(s => s.RemoveProblem(dataset.Problems[0].Id)).Should().Throw<ObjectDisposedException>();
    }

    // How many facts of each type the session holds, as "Type count", sorted.
    private static List<string> FactCounts(ComplianceSession session) =>
        [.. session.Session.Query<object>().GroupBy(f => f.GetType().Name).Select(g => $"{g.Key} {g.Count()}").Order(StringComparer.Ordinal)];
}
