using FsCheck.Xunit;

namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// Set operations (InsertAll/UpdateAll/RetractAll) against the same facts one by one and against the brute-force
/// matcher, on random sequences of random sets.
/// </summary>
public sealed class SetOperationDifferentialTests
{
    [Property(Arbitrary = [typeof(SetStepArbitraries)], MaxTest = 200, EndSize = 40)]
    public void SetOperations_AfterEveryStep_AgreeWithOneByOneAndWithTheOracle(SetStep[] steps)
    {
        // Arrange
        var run = new SetOperationRun();

        // Act and assert (the run checks after every step and throws on the first disagreement)
        run.Run(steps);
    }

    [Property(Arbitrary = [typeof(SetStepArbitraries)], MaxTest = 100, EndSize = 40)]
    public void RetractAll_AfterRandomSetOperations_LeavesEveryNodeCounterAtZero(SetStep[] steps)
    {
        // Arrange
        var run = new SetOperationRun();
        run.Run(steps);

        // Act
        run.RetractEverything();

        // Assert
        run.NonEmptyNodes().Should().BeEmpty();
    }

    [Fact]
    public void SetOperations_OnAKnownSequence_FireTheSameAsOneByOne()
    {
        // Arrange: every fact in, each updated, half retracted, with firings in between
        var run = new SetOperationRun();
        var steps = new List<SetStep>
        {
            new(StepKind.InsertAll, 0, 0, 1, 17),
            new(StepKind.Fire, 0, 0, 0, 0),
            new(StepKind.UpdateAll, 3, 1, 4, 7),
            new(StepKind.UpdateAll, 5, 0, 2, 7),
            new(StepKind.Fire, 0, 0, 0, 0),
            new(StepKind.RetractAll, 2, 0, 0, 7),
        };

        // Act
        run.Run(steps);

        // Assert: both sessions agreed with the oracle at every step, and rules did fire
        run.TotalFired.Should().BeGreaterThan(10);
    }
}
