using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.Complete"/>: the work was completed (now <see cref="RectificationStatus.Completed"/>).</summary>
public sealed record RectificationCompleted : IRectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="rectification">The rectification.</param>
    /// <param name="on">The completion day.</param>
    /// <param name="evidence">The evidence added with the completion; may be empty.</param>
    public RectificationCompleted(Rectification rectification, DateOnly on, IReadOnlyList<Evidence> evidence)
    {
        Rectification = rectification;
        On = on;
        Evidence = evidence;
    }

    /// <summary>The rectification.</summary>
    public Rectification Rectification { get; }

    /// <summary>The completion day.</summary>
    public DateOnly On { get; }

    /// <summary>The evidence added with the completion; may be empty.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }
}
