using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.Evaluate"/>: an evaluation was recorded, replacing any earlier one.</summary>
public sealed record RectificationEvaluated : IRectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="rectification">The rectification.</param>
    /// <param name="previous">The evaluation it replaced; null when there was none.</param>
    /// <param name="evaluation">The new evaluation.</param>
    public RectificationEvaluated(Rectification rectification, Evaluation? previous, Evaluation evaluation)
    {
        Rectification = rectification;
        Previous = previous;
        Evaluation = evaluation;
    }

    /// <summary>The rectification.</summary>
    public Rectification Rectification { get; }

    /// <summary>The evaluation it replaced; null when there was none.</summary>
    public Evaluation? Previous { get; }

    /// <summary>The new evaluation.</summary>
    public Evaluation Evaluation { get; }
}
