using Campaign.Domain.Events;

namespace Campaign.Domain.Units;

/// <summary>
/// The consolidation record of a weak and lax grass-roots party organisation (软弱涣散基层党组织):
/// when it was designated, when its leadership team was put in place (班子选配到位) and when its special
/// rectification was completed (整顿完成).
/// </summary>
/// <remarks>
/// The constructor accepts any dates a dataset may hold (doubtful dates are for the compliance rules);
/// the intention methods refuse dates before <see cref="DesignatedOn"/> and repeated steps. Every change raises its
/// <see cref="IWeakLaxOrganisationEvent"/> into the <see cref="DomainEvents"/> hubs that follow the record.
/// </remarks>
public sealed class WeakLaxOrganisation
{
    // Null until a hub follows the record.
    private DomainEvents? _events;

    /// <summary>Creates the record.</summary>
    /// <param name="designatedOn">The day the organisation was designated weak and lax.</param>
    /// <param name="teamStaffedOn">The day its leadership team was put in place, if it was.</param>
    /// <param name="consolidatedOn">The day its special rectification was completed, if it was.</param>
    /// <param name="firstSecretaryId">The person id of its first secretary (第一书记), if one is assigned.</param>
    /// <param name="hasPlan">Whether it has its own consolidation plan (一村(社区)一策); false by default.</param>
    /// <exception cref="ArgumentException"><paramref name="firstSecretaryId"/> is empty.</exception>
    public WeakLaxOrganisation(DateOnly designatedOn, DateOnly? teamStaffedOn = null, DateOnly? consolidatedOn = null, string? firstSecretaryId = null, bool hasPlan = false)
    {
        DesignatedOn = designatedOn;
        TeamStaffedOn = teamStaffedOn;
        ConsolidatedOn = consolidatedOn;
        FirstSecretaryId = Guard.OptionalId(firstSecretaryId, nameof(firstSecretaryId));
        HasPlan = hasPlan;
    }

    /// <summary>The day the organisation was designated weak and lax.</summary>
    public DateOnly DesignatedOn { get; }

    /// <summary>The day its leadership team was put in place (班子选配到位); null while not done.</summary>
    public DateOnly? TeamStaffedOn { get; private set; }

    /// <summary>The day its special rectification was completed (整顿完成); null while not done.</summary>
    public DateOnly? ConsolidatedOn { get; private set; }

    /// <summary>The person id of its first secretary (第一书记); null when none is assigned.</summary>
    public string? FirstSecretaryId { get; private set; }

    /// <summary>Whether it has its own consolidation plan (一村(社区)一策).</summary>
    public bool HasPlan { get; private set; }

    /// <summary>Whether the leadership team has been put in place.</summary>
    public bool IsTeamStaffed => TeamStaffedOn is not null;

    /// <summary>Whether the special rectification has been completed.</summary>
    public bool IsConsolidated => ConsolidatedOn is not null;

    /// <summary>Records that the leadership team was put in place on <paramref name="on"/>.</summary>
    /// <param name="on">The day; not before <see cref="DesignatedOn"/>.</param>
    /// <exception cref="InvalidOperationException">The team was already staffed, or the day is before the designation.</exception>
    public void StaffTeam(DateOnly on)
    {
        if (TeamStaffedOn is { } staffed)
        {
            throw new InvalidOperationException($"The leadership team was already put in place on {staffed:yyyy-MM-dd}.");
        }

        EnsureNotBeforeDesignation(on, "put the leadership team in place");
        TeamStaffedOn = on;
        _events?.Raise(new WeakLaxTeamStaffed(this, on));
    }

    /// <summary>Records that the special rectification was completed on <paramref name="on"/>.</summary>
    /// <param name="on">The day; not before <see cref="DesignatedOn"/>.</param>
    /// <exception cref="InvalidOperationException">It was already consolidated, or the day is before the designation.</exception>
    public void Consolidate(DateOnly on)
    {
        if (ConsolidatedOn is { } consolidated)
        {
            throw new InvalidOperationException($"The organisation was already consolidated on {consolidated:yyyy-MM-dd}.");
        }

        EnsureNotBeforeDesignation(on, "consolidate the organisation");
        ConsolidatedOn = on;
        _events?.Raise(new WeakLaxConsolidated(this, on));
    }

    /// <summary>Assigns a first secretary (第一书记), replacing any earlier one.</summary>
    /// <param name="personId">The person id; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty.</exception>
    public void AssignFirstSecretary(string personId)
    {
        var previous = FirstSecretaryId;
        FirstSecretaryId = Guard.Id(personId, nameof(personId));
        _events?.Raise(new WeakLaxFirstSecretaryAssigned(this, previous, FirstSecretaryId));
    }

    /// <summary>Records that the organisation now has its own consolidation plan (一村(社区)一策).</summary>
    /// <exception cref="InvalidOperationException">It already has one.</exception>
    public void AdoptPlan()
    {
        if (HasPlan)
        {
            throw new InvalidOperationException("The organisation already has a consolidation plan.");
        }

        HasPlan = true;
        _events?.Raise(new WeakLaxPlanAdopted(this));
    }

    /// <summary>Lets <paramref name="hub"/> hear this record's changes too.</summary>
    internal void FollowedBy(DomainEvents hub) => _events = DomainEvents.Join(_events, hub);

    private void EnsureNotBeforeDesignation(DateOnly on, string action)
    {
        if (on < DesignatedOn)
        {
            throw new InvalidOperationException(
                $"Cannot {action} on {on:yyyy-MM-dd}: the organisation was designated weak and lax only on {DesignatedOn:yyyy-MM-dd}.");
        }
    }
}
