using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.CloseOff"/>: accepted and closed off (now <see cref="RectificationStatus.ClosedOff"/>).</summary>
public sealed record RectificationClosedOff : IRectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="rectification">The rectification.</param>
    public RectificationClosedOff(Rectification rectification)
    {
        Rectification = rectification;
    }

    /// <summary>The rectification.</summary>
    public Rectification Rectification { get; }
}
