using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.SetDeadline"/>: an open item got its first deadline.</summary>
/// <param name="Rectification">The rectification.</param>
/// <param name="Deadline">The deadline.</param>
public sealed record RectificationDeadlineSet(Rectification Rectification, DateOnly Deadline) : IRectificationEvent;
