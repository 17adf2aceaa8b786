using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="WeakLaxOrganisation.AssignFirstSecretary"/>: a first secretary (第一书记) was assigned.</summary>
/// <param name="Organisation">The consolidation record.</param>
/// <param name="PreviousPersonId">The first secretary before; null when there was none.</param>
/// <param name="PersonId">The first secretary now.</param>
public sealed record WeakLaxFirstSecretaryAssigned(WeakLaxOrganisation Organisation, string? PreviousPersonId, string PersonId) : IWeakLaxOrganisationEvent;
