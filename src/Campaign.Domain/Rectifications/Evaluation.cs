namespace Campaign.Domain.Rectifications;

/// <summary>
/// The evaluation of a rectification by the masses (群众评议) or by the unit itself. A value: equal when
/// every member is equal.
/// </summary>
public sealed record Evaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="by">Who evaluated.</param>
    /// <param name="on">The day of the evaluation.</param>
    /// <param name="satisfiedRate">The share of satisfied respondents, 0..1; required when <paramref name="by"/> is <see cref="EvaluatorKind.Masses"/>, optional otherwise.</param>
    /// <param name="respondents">The number of respondents; not negative; 0 by default.</param>
    /// <exception cref="ArgumentException">The rate is missing for the masses or outside 0..1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="respondents"/> is negative.</exception>
    public Evaluation(EvaluatorKind by, DateOnly on, double? satisfiedRate = null, int respondents = 0)
    {
        if (by == EvaluatorKind.Masses && satisfiedRate is null)
        {
            throw new ArgumentException("An evaluation by the masses needs a satisfied rate.", nameof(satisfiedRate));
        }

        if (satisfiedRate is { } rate && !(rate >= 0.0 && rate <= 1.0))
        {
            throw new ArgumentException($"The satisfied rate {rate} is outside 0..1.", nameof(satisfiedRate));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(respondents);
        By = by;
        On = on;
        SatisfiedRate = satisfiedRate;
        Respondents = respondents;
    }

    /// <summary>Who evaluated.</summary>
    public EvaluatorKind By { get; }

    /// <summary>The day of the evaluation.</summary>
    public DateOnly On { get; }

    /// <summary>The share of satisfied respondents, 0..1; never null when <see cref="By"/> is <see cref="EvaluatorKind.Masses"/>.</summary>
    public double? SatisfiedRate { get; }

    /// <summary>The number of respondents (not negative).</summary>
    public int Respondents { get; }
}
