using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.AddEvidence"/>: one piece of evidence was added.</summary>
/// <param name="Rectification">The rectification.</param>
/// <param name="Evidence">The evidence added.</param>
public sealed record RectificationEvidenceAdded(Rectification Rectification, Evidence Evidence) : IRectificationEvent;
