using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="WeakLaxOrganisation.StaffTeam"/>: the leadership team was put in place (班子选配到位).</summary>
/// <param name="Organisation">The consolidation record.</param>
/// <param name="On">The day.</param>
public sealed record WeakLaxTeamStaffed(WeakLaxOrganisation Organisation, DateOnly On) : IWeakLaxOrganisationEvent;
