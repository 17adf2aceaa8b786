using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.Start"/>: the work began (now <see cref="RectificationStatus.InProgress"/>).</summary>
public sealed record RectificationStarted : IRectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="rectification">The rectification.</param>
    public RectificationStarted(Rectification rectification)
    {
        Rectification = rectification;
    }

    /// <summary>The rectification.</summary>
    public Rectification Rectification { get; }
}
