using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.Reschedule"/>: the deadline of an open item moved.</summary>
public sealed record RectificationRescheduled : IRectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="rectification">The rectification.</param>
    /// <param name="previousDeadline">The deadline before the move.</param>
    /// <param name="newDeadline">The deadline now.</param>
    public RectificationRescheduled(Rectification rectification, DateOnly previousDeadline, DateOnly newDeadline)
    {
        Rectification = rectification;
        PreviousDeadline = previousDeadline;
        NewDeadline = newDeadline;
    }

    /// <summary>The rectification.</summary>
    public Rectification Rectification { get; }

    /// <summary>The deadline before the move.</summary>
    public DateOnly PreviousDeadline { get; }

    /// <summary>The deadline now.</summary>
    public DateOnly NewDeadline { get; }
}
