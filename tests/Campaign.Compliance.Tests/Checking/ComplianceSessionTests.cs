using Campaign.Compliance.Checking;
using Campaign.Domain.Serialization;

namespace Campaign.Compliance.Tests.Checking;

public class ComplianceSessionTests
{
    private static readonly DateOnly AsOf = new(2014, 7, 15);

    private static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    [Fact]
    public void OneShotSession_GivesTheSameFindingsAsATrackingSession()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        var rules = new CompiledRules(new ComplianceOptions(), null);
        var tracking = new ComplianceSession(rules, dataset, AsOf);
        var oneShot = new ComplianceSession(rules, dataset, AsOf, trackChanges: false);

        tracking.Fire();
        oneShot.Fire();

        var expected = tracking.Findings().Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();
        oneShot.Findings().Select(f => f.ToString()).Order(StringComparer.Ordinal).Should().Equal(expected);
        expected.Should().NotBeEmpty();
    }

    [Fact]
    public void OneShotSession_RefusesChangesThatNeedTheMaps()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        var session = new ComplianceSession(new CompiledRules(new ComplianceOptions(), null), dataset, AsOf, trackChanges: false);
        var problem = dataset.Problems[0];
        var rectification = dataset.Rectifications[0];

        FluentActions.Invoking(() => session.RemoveProblem(problem.Id)).Should().Throw<InvalidOperationException>().WithMessage("*one-shot check*");
        FluentActions.Invoking(() => session.AddProblem(problem)).Should().Throw<InvalidOperationException>().WithMessage("*one-shot check*");
        FluentActions.Invoking(() => session.AddRectification(rectification)).Should().Throw<InvalidOperationException>().WithMessage("*one-shot check*");
        FluentActions.Invoking(() => session.RectificationChanged(rectification)).Should().Throw<InvalidOperationException>().WithMessage("*one-shot check*");
    }

    [Fact]
    public void Release_EmptiesTheEngineSession_AfterTheFindingsAreTaken()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        var session = new ComplianceSession(new CompiledRules(new ComplianceOptions(), null), dataset, AsOf, trackChanges: false);
        session.Fire();
        var findings = session.Findings();

        session.Release();

        findings.Should().NotBeEmpty();
        session.Session.Query<object>().Should().BeEmpty("a released session holds no facts");
        session.Findings().Should().BeEmpty();
    }
}
