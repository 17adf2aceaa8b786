using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.Evaluate"/>: an evaluation was recorded, replacing any earlier one.</summary>
/// <param name="Rectification">The rectification.</param>
/// <param name="Previous">The evaluation it replaced; null when there was none.</param>
/// <param name="Evaluation">The new evaluation.</param>
public sealed record RectificationEvaluated(Rectification Rectification, Evaluation? Previous, Evaluation Evaluation) : IRectificationEvent;
