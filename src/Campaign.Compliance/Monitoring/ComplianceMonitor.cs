using Campaign.Compliance.Checking;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Events;
using Campaign.Domain.Opinions;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;
using NRules.Diagnostics;

namespace Campaign.Compliance.Monitoring;

/// <summary>
/// A long-lived check of one dataset: apply a change (a rectification completed, an opinion claimed, a problem
/// added, the date moved…) and get the findings it added and removed, without checking everything again. The
/// engine's truth maintenance withdraws the findings whose reasons went. Not thread-safe.
/// </summary>
/// <remarks>
/// The monitor follows the dataset's domain events (<see cref="CampaignDataset.Events"/>), so a change made on a record
/// directly (<c>rectification.Reschedule(…)</c>) gives the same findings as one made through the monitor's methods;
/// the change's findings are then announced by <see cref="FindingsChanged"/>. The methods here change the records
/// too, so the records the caller holds see them; the dataset's own lists and lookups are not extended by
/// <see cref="AddProblem"/> or <see cref="AddRectification"/> (a rectification added here is followed all the same).
/// An illegal transition throws before anything changes. Dispose the monitor to stop it following the dataset's
/// events and release its engine session; a disposed monitor throws <see cref="ObjectDisposedException"/>.
/// </remarks>
public sealed class ComplianceMonitor : IDisposable
{
    private readonly MonitorSession _session;
    private readonly DatasetSummary _dataset;
    private readonly Dictionary<Finding, Finding> _current = [];
    private readonly Dictionary<Finding, Finding?> _touched = [];

    // The unit of each weak-and-lax record, since a record's events name the record, not its unit.
    private readonly Dictionary<WeakLaxOrganisation, Unit> _weakLaxUnits = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Unit> _unitsById = new(StringComparer.Ordinal);
    private readonly DomainEvents _events;
    private readonly IDisposable _subscription;
    private bool _tracking;
    private bool _disposed;

    internal ComplianceMonitor(CompiledRules rules, CampaignDataset dataset, DateOnly asOf)
    {
        _dataset = DatasetSummary.Of(dataset);
        _session = new MonitorSession(rules, dataset, asOf);
        foreach (var unit in dataset.Units)
        {
            _unitsById[unit.Id] = unit;
            if (unit.WeakLax is { } weakLax)
            {
                _weakLaxUnits.TryAdd(weakLax, unit);
            }
        }

        _session.Fire();
        foreach (var finding in _session.Findings())
        {
            _current.Add(finding, finding);
        }

        var events = _session.Session.Events;
        events.FactInsertedEvent += (_, e) => Track(e, present: true);
        events.FactUpdatedEvent += (_, e) => Track(e, present: true);
        events.FactRetractedEvent += (_, e) => Track(e, present: false);
        _events = dataset.Events;
        _subscription = _events.Subscribe(OnDomainEvent);
    }

    /// <summary>
    /// Raised after a change made on a record directly (not through this monitor's methods, which return theirs) with
    /// the findings it added and removed; raised for every such change, also one that left the findings as they were.
    /// </summary>
    public event EventHandler<FindingsChange>? FindingsChanged;

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf => _session.AsOf;

    /// <summary>The findings that hold now, in report order.</summary>
    public IReadOnlyList<Finding> Current => Report().Findings;

    /// <summary>Rules that threw so far (their other work and every other rule still counted).</summary>
    public IReadOnlyList<RuleFailure> RuleFailures => _session.Failures;

    /// <summary>The findings that hold now, as a report.</summary>
    public ComplianceReport Report() => new(AsOf, _dataset, _current.Values, ruleFailures: _session.Failures);

    /// <summary>Completes a rectification (<see cref="Rectification.Complete"/>).</summary>
    /// <param name="rectificationId">The rectification.</param>
    /// <param name="on">The completion day.</param>
    /// <param name="evidence">Proof of the work done (may be empty).</param>
    /// <exception cref="KeyNotFoundException">No such rectification.</exception>
    /// <exception cref="InvalidOperationException">It is already finished.</exception>
    public FindingsChange CompleteRectification(string rectificationId, DateOnly on, IEnumerable<Evidence> evidence)
    {
        var rectification = Rectification(rectificationId);
        return Change(() => rectification.Complete(on, evidence));
    }

    /// <summary>Starts a rectification (<see cref="Rectification.Start"/>).</summary>
    /// <param name="rectificationId">The rectification.</param>
    /// <exception cref="KeyNotFoundException">No such rectification.</exception>
    /// <exception cref="InvalidOperationException">It is not in the not-started state.</exception>
    public FindingsChange StartRectification(string rectificationId)
    {
        var rectification = Rectification(rectificationId);
        return Change(rectification.Start);
    }

    /// <summary>Closes off a completed rectification (验收销号, <see cref="Rectification.CloseOff"/>).</summary>
    /// <param name="rectificationId">The rectification.</param>
    /// <exception cref="KeyNotFoundException">No such rectification.</exception>
    /// <exception cref="InvalidOperationException">It is not completed.</exception>
    public FindingsChange CloseOffRectification(string rectificationId)
    {
        var rectification = Rectification(rectificationId);
        return Change(rectification.CloseOff);
    }

    /// <summary>Records an evaluation of a rectification (<see cref="Rectification.Evaluate"/>).</summary>
    /// <param name="rectificationId">The rectification.</param>
    /// <param name="evaluation">The evaluation, by the masses or self.</param>
    /// <exception cref="KeyNotFoundException">No such rectification.</exception>
    public FindingsChange EvaluateRectification(string rectificationId, Evaluation evaluation)
    {
        var rectification = Rectification(rectificationId);
        return Change(() => rectification.Evaluate(evaluation));
    }

    /// <summary>Claims an opinion (主动认领, <see cref="Opinion.Claim"/>).</summary>
    /// <param name="opinionId">The opinion.</param>
    /// <param name="on">The day it was claimed.</param>
    /// <param name="byPersonId">The claimant, if a person.</param>
    /// <exception cref="KeyNotFoundException">No such opinion.</exception>
    /// <exception cref="InvalidOperationException">It is already claimed, or the day is before its receipt.</exception>
    public FindingsChange ClaimOpinion(string opinionId, DateOnly on, string? byPersonId = null)
    {
        var opinion = Opinion(opinionId);
        return Change(() => opinion.Claim(on, byPersonId));
    }

    /// <summary>Records that the result was reported back to the masses (<see cref="Opinion.ReportBack"/>).</summary>
    /// <param name="opinionId">The opinion.</param>
    /// <param name="on">The day.</param>
    /// <exception cref="KeyNotFoundException">No such opinion.</exception>
    /// <exception cref="InvalidOperationException">Already reported back, not claimed, or the day is too early.</exception>
    public FindingsChange ReportBackOpinion(string opinionId, DateOnly on)
    {
        var opinion = Opinion(opinionId);
        return Change(() => opinion.ReportBack(on));
    }

    /// <summary>Adds a problem; its unit, owner and opinions must be in the dataset.</summary>
    /// <param name="problem">The new problem.</param>
    /// <exception cref="InvalidOperationException">Its id is taken, or it names an unknown unit or opinion.</exception>
    public FindingsChange AddProblem(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Change(() => _session.AddProblem(problem));
    }

    /// <summary>Removes a problem that no rectification lists.</summary>
    /// <param name="problemId">The problem.</param>
    /// <exception cref="InvalidOperationException">No such problem, or a rectification lists it.</exception>
    public FindingsChange RemoveProblem(string problemId)
    {
        ArgumentNullException.ThrowIfNull(problemId);
        return Change(() => _session.RemoveProblem(problemId));
    }

    /// <summary>Adds a rectification; its problems must be in the dataset.</summary>
    /// <param name="rectification">The new rectification.</param>
    /// <exception cref="InvalidOperationException">Its id is taken, or it lists an unknown problem.</exception>
    public FindingsChange AddRectification(Rectification rectification)
    {
        ArgumentNullException.ThrowIfNull(rectification);
        var change = Change(() => _session.AddRectification(rectification));
        _events.Follow(rectification);
        return change;
    }

    /// <summary>Moves the evaluation date (one update of the date fact).</summary>
    /// <param name="asOf">The new date.</param>
    public FindingsChange MoveAsOf(DateOnly asOf) => Change(() => _session.MoveAsOf(asOf));

    /// <summary>
    /// Runs <paramref name="changes"/> — changes of the monitored records (found with <see cref="FindRectification"/>,
    /// <see cref="FindOpinion"/>, <see cref="FindUnit"/>) and calls of this monitor's methods — as one change, and
    /// returns the findings they added and removed together. <see cref="FindingsChanged"/> is not raised for them.
    /// A store that replays committed changes onto the monitor uses it.
    /// </summary>
    /// <param name="changes">The changes; when it throws, the changes it made before are counted on the next change.</param>
    /// <returns>The findings added and removed; the results of the monitor's methods called inside are empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    public FindingsChange Apply(Action changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return Change(changes);
    }

    /// <summary>The monitored rectification with this id (one added through <see cref="AddRectification"/> too), or null.</summary>
    /// <param name="id">The rectification id.</param>
    /// <returns>The record whose changes the monitor follows.</returns>
    public Rectification? FindRectification(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        return _session.FindRectification(id);
    }

    /// <summary>The monitored opinion with this id, or null.</summary>
    /// <param name="id">The opinion id.</param>
    /// <returns>The record whose changes the monitor follows.</returns>
    public Opinion? FindOpinion(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        return _session.FindOpinion(id);
    }

    /// <summary>The monitored problem with this id (one added through <see cref="AddProblem"/> too), or null.</summary>
    /// <param name="id">The problem id.</param>
    /// <returns>The problem.</returns>
    public Problem? FindProblem(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        return _session.FindProblem(id);
    }

    /// <summary>The monitored unit with this id, or null; the monitor follows its weak-and-lax record.</summary>
    /// <param name="id">The unit id.</param>
    /// <returns>The unit.</returns>
    public Unit? FindUnit(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        return _unitsById.GetValueOrDefault(id);
    }

    /// <summary>Stops following the dataset's events and releases the engine session; disposing twice does nothing.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _subscription.Dispose();
        _session.Dispose();
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private Rectification Rectification(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        return _session.FindRectification(id) ?? throw new KeyNotFoundException($"There is no rectification '{id}' in the monitored dataset.");
    }

    private Opinion Opinion(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        return _session.FindOpinion(id) ?? throw new KeyNotFoundException($"There is no opinion '{id}' in the monitored dataset.");
    }

    private void OnDomainEvent(IDomainEvent domainEvent)
    {
        if (_tracking)
        {
            // A change made through this monitor's methods: Apply collects its findings.
            Mirror(domainEvent);
            return;
        }

        var change = Change(() => Mirror(domainEvent));
        FindingsChanged?.Invoke(this, change);
    }

    // Updates the facts of the changed record; the facts read the records' state, so an update is all they need.
    // A record the session does not hold (another dataset's, sharing a hub) is ignored.
    private void Mirror(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case IRectificationEvent { Rectification: var rectification }:
                if (ReferenceEquals(_session.FindRectification(rectification.Id), rectification))
                {
                    _session.RectificationChanged(rectification);
                }

                break;
            case IOpinionEvent { Opinion: var opinion }:
                if (ReferenceEquals(_session.FindOpinion(opinion.Id), opinion))
                {
                    _session.OpinionChanged(opinion);
                }

                break;
            case IWeakLaxOrganisationEvent { Organisation: var organisation }:
                if (_weakLaxUnits.TryGetValue(organisation, out var unit))
                {
                    _session.UnitChanged(unit);
                }

                break;
            default:
                throw new InvalidOperationException($"The monitor does not know the domain event {domainEvent.GetType().Name}; it cannot keep its findings right.");
        }
    }

    private FindingsChange Change(Action change)
    {
        ThrowIfDisposed();
        if (_tracking)
        {
            // Inside Apply(changes): the outer call collects the findings.
            change();
            return FindingsChange.None;
        }

        _touched.Clear();
        _tracking = true;
        try
        {
            change();
            _session.Fire();
        }
        finally
        {
            _tracking = false;
        }

        var added = new List<Finding>();
        var removed = new List<Finding>();
        foreach (var (key, now) in _touched)
        {
            var effective = now is null ? null : _session.Parameters.Effective(now);
            _current.TryGetValue(key, out var before);
            if (before is not null && effective is not null && before.HasSameContent(effective))
            {
                continue;
            }

            if (before is not null)
            {
                removed.Add(before);
                _current.Remove(key);
            }

            if (effective is not null)
            {
                added.Add(effective);
                _current[effective] = effective;
            }
        }

        return new FindingsChange(Sorted(added), Sorted(removed));
    }

    private void Track(WorkingMemoryEventArgs e, bool present)
    {
        if (_tracking && e.Fact.Value is Finding finding)
        {
            _touched.Remove(finding);
            _touched[finding] = present ? finding : null;
        }
    }

    private IReadOnlyList<Finding> Sorted(List<Finding> findings) =>
        findings.Count == 0 ? Array.Empty<Finding>() : new ComplianceReport(AsOf, _dataset, findings).Findings;
}
