namespace Campaign.Compliance.Facts;

/// <summary>
/// Derived by a rule (SUP-004) for each problem–opinion link: whether the problem has a rectification and all
/// of its rectifications are finished, and the latest completion among them. Withdrawn with its link.
/// </summary>
internal sealed class OpinionProblemState
{
    public OpinionProblemState(string opinionId, string problemId, bool resolved, int latestCompletedDay)
    {
        OpinionId = opinionId;
        ProblemId = problemId;
        Resolved = resolved;
        LatestCompletedDay = latestCompletedDay;
    }

    public string OpinionId { get; }

    /// <summary>The state of one link from the rectification links of its problem.</summary>
    public static OpinionProblemState From(ProblemOpinion link, IEnumerable<RectificationProblem> rectifications)
    {
        var any = false;
        var resolved = true;
        var latest = int.MinValue;
        foreach (var rectification in rectifications)
        {
            any = true;
            if (!rectification.IsFinished)
            {
                resolved = false;
                break;
            }

            latest = Math.Max(latest, rectification.CompletedDay);
        }

        return new OpinionProblemState(link.OpinionId, link.ProblemId, any && resolved, latest);
    }

    public string ProblemId { get; }

    /// <summary>At least one rectification lists the problem and all of them are finished.</summary>
    public bool Resolved { get; }

    /// <summary>The latest completion day number among its rectifications (meaningful when resolved).</summary>
    public int LatestCompletedDay { get; }

    /// <summary>Identity in the session is the link (opinion, problem), so a re-yield updates the same fact.</summary>
    public override bool Equals(object? obj) =>
        obj is OpinionProblemState other
        && string.Equals(OpinionId, other.OpinionId, StringComparison.Ordinal)
        && string.Equals(ProblemId, other.ProblemId, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(OpinionId), StringComparer.Ordinal.GetHashCode(ProblemId));

    public override string ToString() => $"OpinionProblemState {OpinionId}/{ProblemId} resolved={Resolved}";
}
