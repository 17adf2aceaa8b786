using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="WeakLaxOrganisation.Consolidate"/>: the special rectification was completed (整顿完成).</summary>
/// <param name="Organisation">The consolidation record.</param>
/// <param name="On">The day.</param>
public sealed record WeakLaxConsolidated(WeakLaxOrganisation Organisation, DateOnly On) : IWeakLaxOrganisationEvent;
