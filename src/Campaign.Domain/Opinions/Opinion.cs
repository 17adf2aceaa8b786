using Campaign.Domain.Events;

namespace Campaign.Domain.Opinions;

/// <summary>
/// An opinion or suggestion (意见建议) from the masses or cadres about a unit or one of its people. Its life:
/// received, claimed (认领) by a team, member or department, and its result reported back to the masses (向群众反馈).
/// </summary>
/// <remarks>
/// An entity: identity is the reference. The constructor accepts every state a dataset may hold, including
/// doubtful dates (flagged by the compliance rules); <see cref="Claim"/> and <see cref="ReportBack"/> refuse
/// illegal transitions with an <see cref="InvalidOperationException"/>. Every change raises its
/// <see cref="IOpinionEvent"/> into the <see cref="DomainEvents"/> hubs that follow the opinion.
/// </remarks>
public sealed class Opinion
{
    // Null until a hub follows the opinion, so an unfollowed opinion pays one null test per change.
    private DomainEvents? _events;

    /// <summary>Creates an opinion.</summary>
    /// <param name="id">The opinion id; not empty.</param>
    /// <param name="unitId">The id of the unit the opinion is about; not empty.</param>
    /// <param name="text">The opinion, verbatim (原汁原味).</param>
    /// <param name="receivedOn">The day it was received.</param>
    /// <param name="targetPersonId">The person it names, for a personal opinion.</param>
    /// <param name="channel">How it was solicited: free text or one of <see cref="OpinionChannel"/>.</param>
    /// <param name="claimedOn">The day it was claimed, if it was.</param>
    /// <param name="claimedById">The person id of the claimant, if known.</param>
    /// <param name="reportedBackOn">The day its result was reported back to the masses, if it was.</param>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Opinion(
        string id,
        string unitId,
        string text,
        DateOnly receivedOn,
        string? targetPersonId = null,
        string? channel = null,
        DateOnly? claimedOn = null,
        string? claimedById = null,
        DateOnly? reportedBackOn = null)
    {
        Id = Guard.Id(id, nameof(id));
        UnitId = Guard.Id(unitId, nameof(unitId));
        Text = Guard.Text(text, nameof(text));
        ReceivedOn = receivedOn;
        TargetPersonId = Guard.OptionalId(targetPersonId, nameof(targetPersonId));
        Channel = channel;
        ClaimedOn = claimedOn;
        ClaimedById = Guard.OptionalId(claimedById, nameof(claimedById));
        ReportedBackOn = reportedBackOn;
    }

    /// <summary>The opinion id.</summary>
    public string Id { get; }

    /// <summary>The id of the unit the opinion is about.</summary>
    public string UnitId { get; }

    /// <summary>The person the opinion names; null unless it is a personal opinion.</summary>
    public string? TargetPersonId { get; }

    /// <summary>The solicitation channel: free text or one of <see cref="OpinionChannel"/>; null when not given.</summary>
    public string? Channel { get; }

    /// <summary>The opinion, verbatim.</summary>
    public string Text { get; }

    /// <summary>The day it was received.</summary>
    public DateOnly ReceivedOn { get; }

    /// <summary>The day it was claimed (认领); null while unclaimed.</summary>
    public DateOnly? ClaimedOn { get; private set; }

    /// <summary>The person id of the claimant; may be null even when claimed (claimed by a team).</summary>
    public string? ClaimedById { get; private set; }

    /// <summary>The day its result was reported back to the masses; null while not reported back.</summary>
    public DateOnly? ReportedBackOn { get; private set; }

    /// <summary>Whether the opinion has been claimed.</summary>
    public bool IsClaimed => ClaimedOn is not null;

    /// <summary>Whether the opinion names one person (<see cref="TargetPersonId"/> is set).</summary>
    public bool IsPersonal => TargetPersonId is not null;

    /// <summary>Whether the result has been reported back to the masses.</summary>
    public bool IsReportedBack => ReportedBackOn is not null;

    /// <summary>Records that the opinion was claimed on <paramref name="on"/>.</summary>
    /// <param name="on">The day; not before <see cref="ReceivedOn"/>.</param>
    /// <param name="byPersonId">The claimant's person id; null when a team claims it.</param>
    /// <exception cref="InvalidOperationException">It is already claimed, or the day is before its receipt.</exception>
    /// <exception cref="ArgumentException"><paramref name="byPersonId"/> is empty.</exception>
    public void Claim(DateOnly on, string? byPersonId = null)
    {
        if (ClaimedOn is { } claimed)
        {
            throw new InvalidOperationException($"Opinion '{Id}' is already claimed (on {claimed:yyyy-MM-dd}); it cannot be claimed twice.");
        }

        if (on < ReceivedOn)
        {
            throw new InvalidOperationException($"Opinion '{Id}' cannot be claimed on {on:yyyy-MM-dd}: it was received only on {ReceivedOn:yyyy-MM-dd}.");
        }

        ClaimedById = Guard.OptionalId(byPersonId, nameof(byPersonId));
        ClaimedOn = on;
        _events?.Raise(new OpinionClaimed(this, on, ClaimedById));
    }

    /// <summary>Records that the result was reported back to the masses on <paramref name="on"/>.</summary>
    /// <param name="on">The day; not before receipt nor before the claim.</param>
    /// <exception cref="InvalidOperationException">It is not claimed, already reported back, or the day is before its receipt or claim.</exception>
    public void ReportBack(DateOnly on)
    {
        if (ReportedBackOn is { } reported)
        {
            throw new InvalidOperationException($"Opinion '{Id}' was already reported back on {reported:yyyy-MM-dd}.");
        }

        if (ClaimedOn is not { } claimed)
        {
            throw new InvalidOperationException($"Opinion '{Id}' cannot be reported back: it is not claimed yet.");
        }

        if (on < ReceivedOn)
        {
            throw new InvalidOperationException($"Opinion '{Id}' cannot be reported back on {on:yyyy-MM-dd}: it was received only on {ReceivedOn:yyyy-MM-dd}.");
        }

        if (on < claimed)
        {
            throw new InvalidOperationException($"Opinion '{Id}' cannot be reported back on {on:yyyy-MM-dd}: it was claimed only on {claimed:yyyy-MM-dd}.");
        }

        ReportedBackOn = on;
        _events?.Raise(new OpinionReportedBack(this, on));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({UnitId})";

    /// <summary>Lets <paramref name="hub"/> hear this opinion's changes too.</summary>
    internal void FollowedBy(DomainEvents hub) => _events = DomainEvents.Join(_events, hub);
}
