using Campaign.Rules.Tests.Builders;
using FsCheck.Xunit;

namespace Campaign.Rules.Tests.Differential;

using NRules;

/// <summary>
/// NRules' runtime (the reference) against the indexed runtime: random facts and random sequences of insert / update /
/// retract (single, Try and batch forms with BatchOptions) and Fire (with and without a limit) over
/// <see cref="DifferentialRules"/>; after every step what the operation returned, the firings in order and the
/// <c>Query&lt;T&gt;()</c> contents must agree. Excludes exactly the permitted differences, by rule name
/// (<see cref="DifferentialRules.PermittedDifferences"/>).
/// </summary>
public sealed class RuntimeDifferentialTests
{
    private static readonly Lazy<ISessionFactory> Reference = new(() => Runtime.NRules.Compile(Engine.Repository(DifferentialRules.All)));

    private static readonly Lazy<ISessionFactory> Indexed = new(() => Runtime.Indexed.Compile(Engine.Repository(DifferentialRules.All)));

    [Property(MaxTest = 1000, EndSize = 160)]
    public void IndexedRuntime_AfterEveryStep_AgreesWithNRules(byte[] script)
    {
        // Arrange
        var run = new DifferentialRun(Reference.Value, Indexed.Value);

        // Act and assert: the run compares after every step and throws on the first disagreement
        run.Play(script);
    }

    [Property(MaxTest = 1000, EndSize = 160)]
    public void IndexedRuntime_AfterEveryStep_FiresWhatNRulesFiresInWhateverOrder(byte[] script)
    {
        // The same comparison without the order: the firings of a step and the elements of collections are compared
        // sorted and Fire is never limited, so that a difference in what fires is not hidden behind one in the order.
        var run = new DifferentialRun(Reference.Value, Indexed.Value, inAnyOrder: true);

        run.Play(script);
    }

    [Property(MaxTest = 100, EndSize = 160)]
    public void NRules_SameScriptOnTwoSessions_GivesTheSameFirings(byte[] script)
    {
        // Determinism of the reference (and of this harness): two sessions of one NRules factory agree step by step.
        var run = new DifferentialRun(Reference.Value, Reference.Value);

        run.Play(script);
    }

    [Fact]
    public void Harness_WhenTheRuntimesDisagree_ThrowsNamingTheStep()
    {
        // The harness can fail: against a factory without the Not rule, the first Fire differs.
        var fewer = Runtime.NRules.Compile(Engine.Repository(DifferentialRules.All.Where(t => t != typeof(DifferentialRules.CustomerWithoutOrders)).ToArray()));
        var run = new DifferentialRun(Reference.Value, fewer);

        var act = () => run.Play([0, 1, 0, 0, 9, 0, 0, 0]);

        act.Should().Throw<DifferentialException>().WithMessage("*step 2: Fire()*CustomerWithoutOrders(customer=C1)*");
    }

    [Fact]
    public void RandomScripts_ReachEveryRule()
    {
        // The scripts the properties draw exercise every rule: 100 random scripts of 40 steps fire each of them on NRules.
        var random = new Random(2026);
        var fired = new HashSet<string>();
        for (var i = 0; i < 100; i++)
        {
            var script = new byte[160];
            random.NextBytes(script);
            var run = new DifferentialRun(Reference.Value, Reference.Value);
            run.Play(script);
            fired.UnionWith(run.FiredRules);
        }

        fired.Should().BeEquivalentTo(DifferentialRules.All.Select(t => t.Name));
    }

    [Property(MaxTest = 100, EndSize = 160)]
    public void IndexedRuntime_RetractingEverythingAfterRandomSteps_LeavesNoFactInAnyNode(byte[] script)
    {
        // Arrange: two indexed sessions (so this also checks that the indexed runtime is deterministic)
        var run = new DifferentialRun(Indexed.Value, Indexed.Value);
        run.Play(script);

        // Act
        run.RetractEverything();

        // Assert: what remains is only what needs no fact (the empty results of rootless queries, forall's root match)
        run.CandidateSession.Query<object>().Should().BeEmpty();
        run.CandidateSession.GetIndexedSchema().Nodes.Where(n => n.FactCount > 0).Should().BeEmpty();
    }
}
