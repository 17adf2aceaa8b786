using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.CloseOff"/>: accepted and closed off (now <see cref="RectificationStatus.ClosedOff"/>).</summary>
/// <param name="Rectification">The rectification.</param>
public sealed record RectificationClosedOff(Rectification Rectification) : IRectificationEvent;
