using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.Reschedule"/>: the deadline of an open item moved.</summary>
/// <param name="Rectification">The rectification.</param>
/// <param name="PreviousDeadline">The deadline before the move.</param>
/// <param name="NewDeadline">The deadline now.</param>
public sealed record RectificationRescheduled(Rectification Rectification, DateOnly PreviousDeadline, DateOnly NewDeadline) : IRectificationEvent;
