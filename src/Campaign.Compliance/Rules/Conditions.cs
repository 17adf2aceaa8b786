using Campaign.Compliance.Facts;
using Campaign.Domain.Opinions;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Rules;

/// <summary>The tests of rules.md that take more than one expression, named so the rules read like the contract.</summary>
internal static class Conditions
{
    /// <summary>OVD-003: with found = the earliest identification and end = completion if finished else asOf, days(found, end) &gt; window.</summary>
    public static bool ImmediateTooLong(RectificationProfile r, int asOfDay, int windowDays)
    {
        var end = r.IsFinished ? r.CompletedDay : asOfDay;
        return end - r.FoundDay > windowDays;
    }

    /// <summary>OVD-004/005: absent and asOf &gt; deadline, or present and later than the deadline.</summary>
    public static bool MissedDeadline(DateOnly? doneOn, DateOnly deadline, DateOnly asOf) =>
        doneOn is { } done ? done > deadline : asOf > deadline;

    /// <summary>OVD-006: not claimed and days(received, asOf) &gt; window, or claimed with days(received, claimed) &gt; window.</summary>
    public static bool Unclaimed(Opinion opinion, int asOfDay, int windowDays)
    {
        var end = opinion.ClaimedOn is { } claimed ? claimed.DayNumber : asOfDay;
        return end - opinion.ReceivedOn.DayNumber > windowDays;
    }

    /// <summary>SUP-002: finished and the evaluation absent or by <c>self</c>.</summary>
    public static bool SelfAssessedOnly(Rectification r) =>
        r.IsFinished && (r.Evaluation is null || r.Evaluation.By == EvaluatorKind.Self);

    /// <summary>SUP-003's test without the target (so it can filter the rectifications before the join with the parameters): evaluated by the masses with a satisfied rate.</summary>
    public static bool MassEvaluated(Rectification r) =>
        r.Evaluation is { By: EvaluatorKind.Masses, SatisfiedRate: not null };

    /// <summary>SUP-003: evaluated by the masses with a satisfied rate below the target.</summary>
    public static bool BelowTarget(Rectification r, double target) =>
        r.Evaluation is { By: EvaluatorKind.Masses, SatisfiedRate: { } rate } && rate < target;

    /// <summary>INC-003: <c>education.end &lt; education.start + months</c> (month addition clamps like <see cref="DateOnly.AddMonths"/>).</summary>
    public static bool EducationTooShort(Unit unit, int minMonths) =>
        unit.Education is { } period && period.End < period.Start.AddMonths(minMonths);

    /// <summary>SUP-004: at least one problem and every one resolved.</summary>
    public static bool AllResolved(IEnumerable<OpinionProblemState> states)
    {
        var any = false;
        foreach (var state in states)
        {
            if (!state.Resolved)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>SUP-004: the latest completion among the rectifications of the opinion's problems.</summary>
    public static int LatestCompletion(IEnumerable<OpinionProblemState> states)
    {
        var latest = int.MinValue;
        foreach (var state in states)
        {
            latest = Math.Max(latest, state.LatestCompletedDay);
        }

        return latest;
    }

    /// <summary>SUP-006: the number of distinct owner keys among problems.</summary>
    public static int DistinctOwners(IEnumerable<ProblemProfile> problems)
    {
        var owners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            owners.Add(problem.OwnerKey);
        }

        return owners.Count;
    }

    /// <summary>ESC-001: how many findings a collection holds.</summary>
    public static int Count<T>(IEnumerable<T> items) => items is ICollection<T> collection ? collection.Count : items.Count();

    /// <summary>SUP-004: the ids of the opinion's problems, ordinal order.</summary>
    public static string[] ProblemIds(IEnumerable<OpinionProblemState> states) =>
        states.Select(s => s.ProblemId).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Ids of problems, ordinal order.</summary>
    public static string[] Ids(IEnumerable<ProblemProfile> problems) =>
        problems.Select(p => p.ProblemId).Order(StringComparer.Ordinal).ToArray();
}
