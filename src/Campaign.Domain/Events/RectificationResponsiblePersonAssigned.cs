using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.AssignResponsiblePerson"/>: the responsible person (责任人) was named.</summary>
public sealed record RectificationResponsiblePersonAssigned : IRectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="rectification">The rectification.</param>
    /// <param name="previousPersonId">The person named before; null when none was.</param>
    /// <param name="personId">The person named now.</param>
    public RectificationResponsiblePersonAssigned(Rectification rectification, string? previousPersonId, string personId)
    {
        Rectification = rectification;
        PreviousPersonId = previousPersonId;
        PersonId = personId;
    }

    /// <summary>The rectification.</summary>
    public Rectification Rectification { get; }

    /// <summary>The person named before; null when none was.</summary>
    public string? PreviousPersonId { get; }

    /// <summary>The person named now.</summary>
    public string PersonId { get; }
}
