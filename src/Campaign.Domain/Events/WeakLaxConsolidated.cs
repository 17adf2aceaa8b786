using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="WeakLaxOrganisation.Consolidate"/>: the special rectification was completed (整顿完成).</summary>
public sealed record WeakLaxConsolidated : IWeakLaxOrganisationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="organisation">The consolidation record.</param>
    /// <param name="on">The day.</param>
    public WeakLaxConsolidated(WeakLaxOrganisation organisation, DateOnly on)
    {
        Organisation = organisation;
        On = on;
    }

    /// <summary>The consolidation record.</summary>
    public WeakLaxOrganisation Organisation { get; }

    /// <summary>The day.</summary>
    public DateOnly On { get; }
}
