using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Rectifications;

public class EvaluationTests
{
    [Fact]
    public void Constructor_ByTheMassesWithoutRate_Throws()
    {
        var act = () => new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay);

        act.Should().Throw<ArgumentException>().WithMessage("*masses*satisfied rate*").Which.ParamName.Should().Be("satisfiedRate");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Constructor_RateOutsideZeroToOne_Throws(double rate)
    {
        var act = () => new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay, rate);

        act.Should().Throw<ArgumentException>().WithMessage("*outside 0..1*");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Constructor_RateAtTheBounds_IsAccepted(double rate)
    {
        var evaluation = new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay, rate, 10);

        evaluation.SatisfiedRate.Should().Be(rate);
        evaluation.Respondents.Should().Be(10);
    }

    [Fact]
    public void Constructor_SelfWithoutRate_IsAccepted()
    {
        var evaluation = new Evaluation(EvaluatorKind.Self, DatasetBuilder.DefaultDay);

        evaluation.SatisfiedRate.Should().BeNull();
        evaluation.By.Should().Be(EvaluatorKind.Self);
        evaluation.On.Should().Be(DatasetBuilder.DefaultDay);
    }

    [Fact]
    public void Constructor_NegativeRespondents_Throws()
    {
        var act = () => new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay, 0.9, -1);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("respondents");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay, 0.9, 3).Should().Be(new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay, 0.9, 3));
        new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay, 0.9, 3).Should().NotBe(new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay, 0.8, 3));
    }
}
