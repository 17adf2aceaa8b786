using Campaign.Domain.Opinions;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Opinions.Opinion.Claim"/>: the opinion was claimed (认领).</summary>
/// <param name="Opinion">The opinion.</param>
/// <param name="On">The day it was claimed.</param>
/// <param name="ByPersonId">The claimant's person id; null when a team claimed it.</param>
public sealed record OpinionClaimed(Opinion Opinion, DateOnly On, string? ByPersonId) : IOpinionEvent;
