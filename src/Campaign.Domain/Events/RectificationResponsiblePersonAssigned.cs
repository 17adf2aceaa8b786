using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.AssignResponsiblePerson"/>: the responsible person (责任人) was named.</summary>
/// <param name="Rectification">The rectification.</param>
/// <param name="PreviousPersonId">The person named before; null when none was.</param>
/// <param name="PersonId">The person named now.</param>
public sealed record RectificationResponsiblePersonAssigned(Rectification Rectification, string? PreviousPersonId, string PersonId) : IRectificationEvent;
