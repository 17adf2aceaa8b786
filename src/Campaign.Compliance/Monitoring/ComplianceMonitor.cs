using Campaign.Compliance.Checking;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using NRules.Diagnostics;

namespace Campaign.Compliance.Monitoring;

/// <summary>
/// A long-lived check of one dataset: apply a change (a rectification completed, an opinion claimed, a problem
/// added, the date moved…) and get the findings it added and removed, without checking everything again. The
/// engine's truth maintenance withdraws the findings whose reasons went. Not thread-safe.
/// </summary>
/// <remarks>
/// Changes go through the dataset's records (<c>rectification.Complete(…)</c>), so the records the caller holds
/// see them too; the dataset's own lists and lookups are not extended by <see cref="AddProblem"/> or
/// <see cref="AddRectification"/>. An illegal transition throws before anything changes.
/// </remarks>
public sealed class ComplianceMonitor
{
    private readonly ComplianceSession _session;
    private readonly DatasetSummary _dataset;
    private readonly Dictionary<Finding, Finding> _current = [];
    private readonly Dictionary<Finding, Finding?> _touched = [];
    private bool _tracking;

    internal ComplianceMonitor(CompiledRules rules, CampaignDataset dataset, DateOnly asOf)
    {
        _dataset = DatasetSummary.Of(dataset);
        _session = new ComplianceSession(rules, dataset, asOf);
        _session.Fire();
        foreach (var finding in _session.Findings())
        {
            _current.Add(finding, finding);
        }

        var events = _session.Session.Events;
        events.FactInsertedEvent += (_, e) => Track(e, present: true);
        events.FactUpdatedEvent += (_, e) => Track(e, present: true);
        events.FactRetractedEvent += (_, e) => Track(e, present: false);
    }

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
        rectification.Complete(on, evidence);
        return Apply(() => _session.RectificationChanged(rectification));
    }

    /// <summary>Starts a rectification (<see cref="Rectification.Start"/>).</summary>
    /// <param name="rectificationId">The rectification.</param>
    /// <exception cref="KeyNotFoundException">No such rectification.</exception>
    /// <exception cref="InvalidOperationException">It is not in the not-started state.</exception>
    public FindingsChange StartRectification(string rectificationId)
    {
        var rectification = Rectification(rectificationId);
        rectification.Start();
        return Apply(() => _session.RectificationChanged(rectification));
    }

    /// <summary>Closes off a completed rectification (验收销号, <see cref="Rectification.CloseOff"/>).</summary>
    /// <param name="rectificationId">The rectification.</param>
    /// <exception cref="KeyNotFoundException">No such rectification.</exception>
    /// <exception cref="InvalidOperationException">It is not completed.</exception>
    public FindingsChange CloseOffRectification(string rectificationId)
    {
        var rectification = Rectification(rectificationId);
        rectification.CloseOff();
        return Apply(() => _session.RectificationChanged(rectification));
    }

    /// <summary>Records an evaluation of a rectification (<see cref="Rectification.Evaluate"/>).</summary>
    /// <param name="rectificationId">The rectification.</param>
    /// <param name="evaluation">The evaluation, by the masses or self.</param>
    /// <exception cref="KeyNotFoundException">No such rectification.</exception>
    public FindingsChange EvaluateRectification(string rectificationId, Evaluation evaluation)
    {
        var rectification = Rectification(rectificationId);
        rectification.Evaluate(evaluation);
        return Apply(() => _session.RectificationChanged(rectification));
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
        opinion.Claim(on, byPersonId);
        return Apply(() => _session.OpinionChanged(opinion));
    }

    /// <summary>Records that the result was reported back to the masses (<see cref="Opinion.ReportBack"/>).</summary>
    /// <param name="opinionId">The opinion.</param>
    /// <param name="on">The day.</param>
    /// <exception cref="KeyNotFoundException">No such opinion.</exception>
    /// <exception cref="InvalidOperationException">Already reported back, not claimed, or the day is too early.</exception>
    public FindingsChange ReportBackOpinion(string opinionId, DateOnly on)
    {
        var opinion = Opinion(opinionId);
        opinion.ReportBack(on);
        return Apply(() => _session.OpinionChanged(opinion));
    }

    /// <summary>Adds a problem; its unit, owner and opinions must be in the dataset.</summary>
    /// <param name="problem">The new problem.</param>
    /// <exception cref="InvalidOperationException">Its id is taken, or it names an unknown unit or opinion.</exception>
    public FindingsChange AddProblem(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Apply(() => _session.AddProblem(problem));
    }

    /// <summary>Removes a problem that no rectification lists.</summary>
    /// <param name="problemId">The problem.</param>
    /// <exception cref="InvalidOperationException">No such problem, or a rectification lists it.</exception>
    public FindingsChange RemoveProblem(string problemId)
    {
        ArgumentNullException.ThrowIfNull(problemId);
        return Apply(() => _session.RemoveProblem(problemId));
    }

    /// <summary>Adds a rectification; its problems must be in the dataset.</summary>
    /// <param name="rectification">The new rectification.</param>
    /// <exception cref="InvalidOperationException">Its id is taken, or it lists an unknown problem.</exception>
    public FindingsChange AddRectification(Rectification rectification)
    {
        ArgumentNullException.ThrowIfNull(rectification);
        return Apply(() => _session.AddRectification(rectification));
    }

    /// <summary>Moves the evaluation date (one update of the date fact).</summary>
    /// <param name="asOf">The new date.</param>
    public FindingsChange MoveAsOf(DateOnly asOf) => Apply(() => _session.MoveAsOf(asOf));

    private Rectification Rectification(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _session.FindRectification(id) ?? throw new KeyNotFoundException($"There is no rectification '{id}' in the monitored dataset.");
    }

    private Opinion Opinion(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _session.FindOpinion(id) ?? throw new KeyNotFoundException($"There is no opinion '{id}' in the monitored dataset.");
    }

    private FindingsChange Apply(Action change)
    {
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
