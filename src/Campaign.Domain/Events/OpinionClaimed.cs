using Campaign.Domain.Opinions;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Opinions.Opinion.Claim"/>: the opinion was claimed (认领).</summary>
public sealed record OpinionClaimed : IOpinionEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="opinion">The opinion.</param>
    /// <param name="on">The day it was claimed.</param>
    /// <param name="byPersonId">The claimant's person id; null when a team claimed it.</param>
    public OpinionClaimed(Opinion opinion, DateOnly on, string? byPersonId)
    {
        Opinion = opinion;
        On = on;
        ByPersonId = byPersonId;
    }

    /// <summary>The opinion.</summary>
    public Opinion Opinion { get; }

    /// <summary>The day it was claimed.</summary>
    public DateOnly On { get; }

    /// <summary>The claimant's person id; null when a team claimed it.</summary>
    public string? ByPersonId { get; }
}
