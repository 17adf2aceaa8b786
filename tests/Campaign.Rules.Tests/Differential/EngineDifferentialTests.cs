using FsCheck.Xunit;

namespace Campaign.Rules.Tests.Differential;

/// <summary>The engine against a brute-force matcher on random facts and random insert/update/retract/fire sequences.</summary>
public sealed class EngineDifferentialTests
{
    [Property(Arbitrary = [typeof(StepArbitraries)], MaxTest = 300, EndSize = 80)]
    public void Engine_AfterEveryStep_AgreesWithBruteForceMatcher(Step[] steps)
    {
        // Arrange
        var run = new DifferentialRun();

        // Act and assert (the run checks after every step and throws on the first disagreement)
        run.Run(steps);
    }

    [Property(Arbitrary = [typeof(StepArbitraries)], MaxTest = 100, EndSize = 80)]
    public void RetractingEverything_AfterRandomSteps_LeavesNoActivationAndEmptyMemories(Step[] steps)
    {
        // Arrange
        var run = new DifferentialRun();
        run.Run(steps);

        // Act
        run.RetractEverything();

        // Assert
        run.NonEmptyNodes().Should().BeEmpty();
    }

    [Fact]
    public void RetractingEverything_AfterALoadedSession_LeavesEveryNodeCounterAtZero()
    {
        // Arrange: every customer and order, each updated once, some rules fired
        var run = new DifferentialRun();
        var steps = new List<Step>();
        for (var i = 0; i < 6; i++)
        {
            steps.Add(new Step(StepKind.Insert, true, i, 1, i, 0));
        }

        for (var i = 0; i < 12; i++)
        {
            steps.Add(new Step(StepKind.Insert, false, i, 0, i % 5, 0));
            steps.Add(new Step(StepKind.Update, false, i, 1, (i * 7) % 10, 0));
        }

        steps.Add(new Step(StepKind.Fire, false, 0, 0, 0, 3));
        run.Run(steps);
        run.NonEmptyNodes().Should().NotBeEmpty("the loaded session holds facts and tuples");

        // Act
        run.RetractEverything();

        // Assert
        run.NonEmptyNodes().Should().BeEmpty();
    }

    [Fact]
    public void Oracle_OnAKnownScenario_PredictsTheFiringsOfEngineMd()
    {
        // Arrange: customer 0 with order 0 (amount 5): a join, an Exists, a Collect, a largest order...
        var run = new DifferentialRun();
        var steps = new List<Step>
        {
            new(StepKind.Insert, true, 0, 1, 2, 0),
            new(StepKind.Insert, false, 0, 0, 0, 0),
            new(StepKind.Fire, false, 0, 0, 0, 0),
            new(StepKind.Update, false, 0, 1, 5, 0),
            new(StepKind.Fire, false, 0, 0, 0, 0),
        };

        // Act
        run.Run(steps);

        // Assert: the engine agreed with the oracle at every step, and the scenario did fire rules
        run.TotalFired.Should().BeGreaterThan(5);
    }
}
