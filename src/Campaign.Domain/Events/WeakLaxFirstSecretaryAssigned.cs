using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="WeakLaxOrganisation.AssignFirstSecretary"/>: a first secretary (第一书记) was assigned.</summary>
public sealed record WeakLaxFirstSecretaryAssigned : IWeakLaxOrganisationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="organisation">The consolidation record.</param>
    /// <param name="previousPersonId">The first secretary before; null when there was none.</param>
    /// <param name="personId">The first secretary now.</param>
    public WeakLaxFirstSecretaryAssigned(WeakLaxOrganisation organisation, string? previousPersonId, string personId)
    {
        Organisation = organisation;
        PreviousPersonId = previousPersonId;
        PersonId = personId;
    }

    /// <summary>The consolidation record.</summary>
    public WeakLaxOrganisation Organisation { get; }

    /// <summary>The first secretary before; null when there was none.</summary>
    public string? PreviousPersonId { get; }

    /// <summary>The first secretary now.</summary>
    public string PersonId { get; }
}
