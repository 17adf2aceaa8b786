using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Rectifications.Rectification.AssignResponsibleUnit"/>: the responsible or leading unit (责任单位) was named.</summary>
public sealed record RectificationResponsibleUnitAssigned : IRectificationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="rectification">The rectification.</param>
    /// <param name="previousUnitId">The unit named before; null when none was.</param>
    /// <param name="unitId">The unit named now.</param>
    public RectificationResponsibleUnitAssigned(Rectification rectification, string? previousUnitId, string unitId)
    {
        Rectification = rectification;
        PreviousUnitId = previousUnitId;
        UnitId = unitId;
    }

    /// <summary>The rectification.</summary>
    public Rectification Rectification { get; }

    /// <summary>The unit named before; null when none was.</summary>
    public string? PreviousUnitId { get; }

    /// <summary>The unit named now.</summary>
    public string UnitId { get; }
}
