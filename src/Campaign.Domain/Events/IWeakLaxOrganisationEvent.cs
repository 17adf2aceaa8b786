using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>
/// A change of the consolidation record of a weak and lax organisation; the record belongs to one unit
/// (<see cref="Unit.WeakLax"/>).
/// </summary>
public interface IWeakLaxOrganisationEvent : IDomainEvent
{
    /// <summary>The consolidation record that changed, in its state after the change.</summary>
    WeakLaxOrganisation Organisation { get; }
}
