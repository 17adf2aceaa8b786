using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.AssignResponsibleUnit"/>: the responsible or leading unit (责任单位) was named.</summary>
/// <param name="Rectification">The rectification.</param>
/// <param name="PreviousUnitId">The unit named before; null when none was.</param>
/// <param name="UnitId">The unit named now.</param>
public sealed record RectificationResponsibleUnitAssigned(Rectification Rectification, string? PreviousUnitId, string UnitId) : IRectificationEvent;
