using Campaign.Domain.Events;

namespace Campaign.Domain.Rectifications;

/// <summary>
/// A rectification item (整改事项): a measure that fixes one or more problems, with its mode, the people and
/// units responsible, a deadline, its status, the evidence of the work and its evaluation.
/// </summary>
/// <remarks>
/// An entity: identity is the reference. Invariants: at least one problem id; <see cref="CompletedOn"/> is set
/// exactly when the item is finished (<see cref="RectificationStatus.Completed"/> or
/// <see cref="RectificationStatus.ClosedOff"/>). The constructor accepts every state a dataset may hold; the
/// transitions <see cref="Start"/>, <see cref="Complete"/>, <see cref="CloseOff"/>, <see cref="SetDeadline"/>
/// and <see cref="Reschedule"/> throw <see cref="InvalidOperationException"/> on an illegal move. Every change raises
/// its <see cref="IRectificationEvent"/> into the <see cref="DomainEvents"/> hubs that follow the item.
/// </remarks>
public sealed class Rectification
{
    private List<Evidence> _evidence;
    private IReadOnlyList<Evidence> _evidenceView;

    // Null until a hub follows the item, so an unfollowed item pays one null test per change.
    private DomainEvents? _events;

    /// <summary>Creates a rectification in any valid state.</summary>
    /// <param name="id">The rectification id; not empty.</param>
    /// <param name="problemIds">The ids of the problems it fixes; at least one, none empty.</param>
    /// <param name="measure">The measure as written (整改措施).</param>
    /// <param name="mode">Immediate or scheduled.</param>
    /// <param name="status">The status; <see cref="RectificationStatus.NotStarted"/> by default.</param>
    /// <param name="responsiblePersonId">The responsible person's id (责任人), if any.</param>
    /// <param name="responsibleUnitId">The responsible or leading unit's id (责任单位 / 牵头单位), if any.</param>
    /// <param name="deadline">The deadline (整改时限), if any.</param>
    /// <param name="completedOn">The completion day: required when the status is finished, forbidden otherwise.</param>
    /// <param name="evidence">The evidence of the work; none by default.</param>
    /// <param name="evaluation">The evaluation, if any.</param>
    /// <exception cref="ArgumentException">An id is empty, there is no problem id, or <paramref name="completedOn"/> does not match the status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> or <paramref name="problemIds"/> is null, or an evidence item is null.</exception>
    public Rectification(
        string id,
        IEnumerable<string> problemIds,
        string measure,
        RectificationMode mode,
        RectificationStatus status = RectificationStatus.NotStarted,
        string? responsiblePersonId = null,
        string? responsibleUnitId = null,
        DateOnly? deadline = null,
        DateOnly? completedOn = null,
        IEnumerable<Evidence>? evidence = null,
        Evaluation? evaluation = null)
    {
        ArgumentNullException.ThrowIfNull(problemIds);
        Id = Guard.Id(id, nameof(id));
        ProblemIds = Guard.CopyIds(problemIds, nameof(problemIds));
        if (ProblemIds.Count == 0)
        {
            throw new ArgumentException($"Rectification '{id}' must fix at least one problem.", nameof(problemIds));
        }

        var finished = IsFinishedStatus(status);
        if (finished && completedOn is null)
        {
            throw new ArgumentException($"Rectification '{id}' is {status} but has no completion day.", nameof(completedOn));
        }

        if (!finished && completedOn is not null)
        {
            throw new ArgumentException($"Rectification '{id}' is {status} but has a completion day; only a finished item has one.", nameof(completedOn));
        }

        Measure = Guard.Text(measure, nameof(measure));
        Mode = mode;
        Status = status;
        ResponsiblePersonId = Guard.OptionalId(responsiblePersonId, nameof(responsiblePersonId));
        ResponsibleUnitId = Guard.OptionalId(responsibleUnitId, nameof(responsibleUnitId));
        Deadline = deadline;
        CompletedOn = completedOn;
        _evidence = CopyEvidence(evidence);
        _evidenceView = _evidence.AsReadOnly();
        Evaluation = evaluation;
    }

    /// <summary>The rectification id.</summary>
    public string Id { get; }

    /// <summary>The ids of the problems it fixes, in input order; never empty.</summary>
    public IReadOnlyList<string> ProblemIds { get; }

    /// <summary>The measure as written (整改措施).</summary>
    public string Measure { get; }

    /// <summary>Immediate or scheduled.</summary>
    public RectificationMode Mode { get; }

    /// <summary>The responsible person's id (责任人); null when none is named.</summary>
    public string? ResponsiblePersonId { get; private set; }

    /// <summary>The responsible or leading unit's id (责任单位 / 牵头单位); null when none is named.</summary>
    public string? ResponsibleUnitId { get; private set; }

    /// <summary>The deadline (整改时限); null when none is set.</summary>
    public DateOnly? Deadline { get; private set; }

    /// <summary>The status.</summary>
    public RectificationStatus Status { get; private set; }

    /// <summary>The completion day; set exactly when the item is finished.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The evidence of the work, in the order it was given; may be empty.</summary>
    public IReadOnlyList<Evidence> Evidence => _evidenceView;

    /// <summary>The evaluation; null when not evaluated.</summary>
    public Evaluation? Evaluation { get; private set; }

    /// <summary>Whether the item is finished: <see cref="RectificationStatus.Completed"/> or <see cref="RectificationStatus.ClosedOff"/>.</summary>
    public bool IsFinished => IsFinishedStatus(Status);

    /// <summary>Whether the item is open: <see cref="RectificationStatus.NotStarted"/> or <see cref="RectificationStatus.InProgress"/>.</summary>
    public bool IsOpen => !IsFinished;

    /// <summary>Starts the work: <see cref="RectificationStatus.NotStarted"/> → <see cref="RectificationStatus.InProgress"/>.</summary>
    /// <exception cref="InvalidOperationException">The item is not <see cref="RectificationStatus.NotStarted"/>.</exception>
    public void Start()
    {
        EnsureStatus("start", RectificationStatus.NotStarted);
        Status = RectificationStatus.InProgress;
        _events?.Raise(new RectificationStarted(this));
    }

    /// <summary>
    /// Completes the work on <paramref name="on"/> (整改完毕), adding <paramref name="evidence"/>; allowed from
    /// <see cref="RectificationStatus.NotStarted"/> (an immediate fix) or <see cref="RectificationStatus.InProgress"/>.
    /// </summary>
    /// <param name="on">The completion day.</param>
    /// <param name="evidence">The evidence of the work; may be empty (the compliance rules flag that), not null.</param>
    /// <exception cref="InvalidOperationException">The item is already finished.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> or one of its items is null.</exception>
    public void Complete(DateOnly on, IEnumerable<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        EnsureStatus("complete", RectificationStatus.NotStarted, RectificationStatus.InProgress);
        var added = CopyEvidence(evidence);
        _evidence.AddRange(added);
        CompletedOn = on;
        Status = RectificationStatus.Completed;
        _events?.Raise(new RectificationCompleted(this, on, added.AsReadOnly()));
    }

    /// <summary>
    /// Closes the item off after acceptance by the upper level (验收销号):
    /// <see cref="RectificationStatus.Completed"/> → <see cref="RectificationStatus.ClosedOff"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The item is not <see cref="RectificationStatus.Completed"/>.</exception>
    public void CloseOff()
    {
        EnsureStatus("close off", RectificationStatus.Completed);
        Status = RectificationStatus.ClosedOff;
        _events?.Raise(new RectificationClosedOff(this));
    }

    /// <summary>Records an evaluation, replacing any earlier one; allowed in every status.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public void Evaluate(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var previous = Evaluation;
        Evaluation = evaluation;
        _events?.Raise(new RectificationEvaluated(this, previous, evaluation));
    }

    /// <summary>Adds evidence of the work, in any status.</summary>
    /// <param name="evidence">The evidence to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public void AddEvidence(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        _evidence.Add(evidence);
        _events?.Raise(new RectificationEvidenceAdded(this, evidence));
    }

    /// <summary>Sets the first deadline of an open item that has none.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <exception cref="InvalidOperationException">The item already has a deadline (use <see cref="Reschedule"/>) or is finished.</exception>
    public void SetDeadline(DateOnly deadline)
    {
        EnsureOpen("set the deadline of");
        if (Deadline is { } current)
        {
            throw new InvalidOperationException(
                $"Rectification '{Id}' already has the deadline {current:yyyy-MM-dd}; use Reschedule to move it.");
        }

        Deadline = deadline;
        _events?.Raise(new RectificationDeadlineSet(this, deadline));
    }

    /// <summary>Moves the deadline of an open item that has one.</summary>
    /// <param name="newDeadline">The new deadline.</param>
    /// <exception cref="InvalidOperationException">The item has no deadline (use <see cref="SetDeadline"/>) or is finished.</exception>
    public void Reschedule(DateOnly newDeadline)
    {
        EnsureOpen("reschedule");
        if (Deadline is not { } previous)
        {
            throw new InvalidOperationException($"Rectification '{Id}' has no deadline to reschedule; use SetDeadline.");
        }

        Deadline = newDeadline;
        _events?.Raise(new RectificationRescheduled(this, previous, newDeadline));
    }

    /// <summary>Names the responsible person (责任人), replacing any earlier one.</summary>
    /// <param name="personId">The person id; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty.</exception>
    public void AssignResponsiblePerson(string personId)
    {
        var previous = ResponsiblePersonId;
        ResponsiblePersonId = Guard.Id(personId, nameof(personId));
        _events?.Raise(new RectificationResponsiblePersonAssigned(this, previous, ResponsiblePersonId));
    }

    /// <summary>Names the responsible or leading unit (责任单位), replacing any earlier one.</summary>
    /// <param name="unitId">The unit id; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is empty.</exception>
    public void AssignResponsibleUnit(string unitId)
    {
        var previous = ResponsibleUnitId;
        ResponsibleUnitId = Guard.Id(unitId, nameof(unitId));
        _events?.Raise(new RectificationResponsibleUnitAssigned(this, previous, ResponsibleUnitId));
    }

    // For the store (EF Core binds the scalar columns here, sets ProblemIds and Evaluation through their backing fields and
    // the evidence through StoredEvidence).
    private Rectification(
        string id,
        string measure,
        RectificationMode mode,
        RectificationStatus status,
        string? responsiblePersonId,
        string? responsibleUnitId,
        DateOnly? deadline,
        DateOnly? completedOn)
    {
        Id = id;
        ProblemIds = Array.Empty<string>();
        Measure = measure;
        Mode = mode;
        Status = status;
        ResponsiblePersonId = responsiblePersonId;
        ResponsibleUnitId = responsibleUnitId;
        Deadline = deadline;
        CompletedOn = completedOn;
        _evidence = [];
        _evidenceView = _evidence.AsReadOnly();
    }

    // The evidence list as the store reads and writes it: setting it replaces the list and its read-only view together.
    private List<Evidence> StoredEvidence
    {
        get => _evidence;
        set
        {
            _evidence = value;
            _evidenceView = value.AsReadOnly();
        }
    }

    // The trusted constructor is private (with a marker parameter) so that it never competes with the public one in
    // overload resolution for callers that see internals.
    private Rectification(
        bool trusted,
        string id,
        string[] problemIds,
        string measure,
        RectificationMode mode,
        RectificationStatus status,
        string? responsiblePersonId,
        string? responsibleUnitId,
        DateOnly? deadline,
        DateOnly? completedOn,
        List<Evidence> evidence,
        Evaluation? evaluation)
    {
        Id = id;
        ProblemIds = Array.AsReadOnly(problemIds);
        Measure = measure;
        Mode = mode;
        Status = status;
        ResponsiblePersonId = responsiblePersonId;
        ResponsibleUnitId = responsibleUnitId;
        Deadline = deadline;
        CompletedOn = completedOn;
        _evidence = evidence;
        _evidenceView = _evidence.AsReadOnly();
        Evaluation = evaluation;
        _ = trusted;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Status})";

    /// <summary>
    /// Creates a rectification from values the dataset reader has already checked against every rule of the public
    /// constructor; <paramref name="problemIds"/> (not empty) and <paramref name="evidence"/> are taken over, not copied.
    /// </summary>
    internal static Rectification Trusted(
        string id,
        string[] problemIds,
        string measure,
        RectificationMode mode,
        RectificationStatus status,
        string? responsiblePersonId,
        string? responsibleUnitId,
        DateOnly? deadline,
        DateOnly? completedOn,
        List<Evidence> evidence,
        Evaluation? evaluation) =>
        new(true, id, problemIds, measure, mode, status, responsiblePersonId, responsibleUnitId, deadline, completedOn, evidence, evaluation);

    /// <summary>Lets <paramref name="hub"/> hear this item's changes too.</summary>
    internal void FollowedBy(DomainEvents hub) => _events = DomainEvents.Join(_events, hub);

    private static bool IsFinishedStatus(RectificationStatus status) =>
        status is RectificationStatus.Completed or RectificationStatus.ClosedOff;

    private static List<Evidence> CopyEvidence(IEnumerable<Evidence>? evidence)
    {
        var copy = evidence is null ? [] : new List<Evidence>(evidence);
        for (var i = 0; i < copy.Count; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentNullException(nameof(evidence), $"Evidence item {i} is null.");
            }
        }

        return copy;
    }

    private void EnsureStatus(string action, params RectificationStatus[] allowed)
    {
        if (Array.IndexOf(allowed, Status) < 0)
        {
            throw new InvalidOperationException(
                $"Rectification '{Id}' cannot {action}: it is {Status}; this is allowed only when it is {string.Join(" or ", allowed)}.");
        }
    }

    private void EnsureOpen(string action)
    {
        if (IsFinished)
        {
            throw new InvalidOperationException($"Cannot {action} rectification '{Id}': it is {Status}, already finished.");
        }
    }
}
