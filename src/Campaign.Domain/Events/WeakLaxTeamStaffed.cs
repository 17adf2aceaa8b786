using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="WeakLaxOrganisation.StaffTeam"/>: the leadership team was put in place (班子选配到位).</summary>
public sealed record WeakLaxTeamStaffed : IWeakLaxOrganisationEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="organisation">The consolidation record.</param>
    /// <param name="on">The day.</param>
    public WeakLaxTeamStaffed(WeakLaxOrganisation organisation, DateOnly on)
    {
        Organisation = organisation;
        On = on;
    }

    /// <summary>The consolidation record.</summary>
    public WeakLaxOrganisation Organisation { get; }

    /// <summary>The day.</summary>
    public DateOnly On { get; }
}
