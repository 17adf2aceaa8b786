using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.Start"/>: the work began (now <see cref="RectificationStatus.InProgress"/>).</summary>
/// <param name="Rectification">The rectification.</param>
public sealed record RectificationStarted(Rectification Rectification) : IRectificationEvent;
