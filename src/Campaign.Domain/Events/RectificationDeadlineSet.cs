using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.SetDeadline"/>: an open item got its first deadline.</summary>
public sealed record RectificationDeadlineSet : IRectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="rectification">The rectification.</param>
    /// <param name="deadline">The deadline.</param>
    public RectificationDeadlineSet(Rectification rectification, DateOnly deadline)
    {
        Rectification = rectification;
        Deadline = deadline;
    }

    /// <summary>The rectification.</summary>
    public Rectification Rectification { get; }

    /// <summary>The deadline.</summary>
    public DateOnly Deadline { get; }
}
