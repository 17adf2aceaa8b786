using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.AddEvidence"/>: one piece of evidence was added.</summary>
public sealed record RectificationEvidenceAdded : IRectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="rectification">The rectification.</param>
    /// <param name="evidence">The evidence added.</param>
    public RectificationEvidenceAdded(Rectification rectification, Evidence evidence)
    {
        Rectification = rectification;
        Evidence = evidence;
    }

    /// <summary>The rectification.</summary>
    public Rectification Rectification { get; }

    /// <summary>The evidence added.</summary>
    public Evidence Evidence { get; }
}
