using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="WeakLaxOrganisation.AdoptPlan"/>: the organisation now has its own consolidation plan (一村(社区)一策).</summary>
public sealed record WeakLaxPlanAdopted : IWeakLaxOrganisationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="organisation">The consolidation record.</param>
    public WeakLaxPlanAdopted(WeakLaxOrganisation organisation)
    {
        Organisation = organisation;
    }

    /// <summary>The consolidation record.</summary>
    public WeakLaxOrganisation Organisation { get; }
}
