using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.Complete"/>: the work was completed (now <see cref="RectificationStatus.Completed"/>).</summary>
/// <param name="Rectification">The rectification.</param>
/// <param name="On">The completion day.</param>
/// <param name="Evidence">The evidence added with the completion; may be empty.</param>
public sealed record RectificationCompleted(Rectification Rectification, DateOnly On, IReadOnlyList<Evidence> Evidence) : IRectificationEvent;
