using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="WeakLaxOrganisation.AdoptPlan"/>: the organisation now has its own consolidation plan (一村(社区)一策).</summary>
/// <param name="Organisation">The consolidation record.</param>
public sealed record WeakLaxPlanAdopted(WeakLaxOrganisation Organisation) : IWeakLaxOrganisationEvent;
