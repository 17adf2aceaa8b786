namespace Campaign.Compliance.Facts;

/// <summary>
/// The link "rectification R lists problem P", once per distinct pair, with the problem's owner person.
/// It reads the rectification's live status, so the monitor updates the links of a rectification that changes.
/// </summary>
internal sealed class RectificationProblem
{
    public RectificationProblem(RectificationProfile rectification, string problemId, string? ownerPersonId)
    {
        Rectification = rectification;
        RectificationId = rectification.RectificationId;
        ProblemId = problemId;
        OwnerPersonId = ownerPersonId;
    }

    public RectificationProfile Rectification { get; }

    public string RectificationId { get; }

    public string ProblemId { get; }

    /// <summary>The person who owns the problem (individual problem), else null (MIS-006).</summary>
    public string? OwnerPersonId { get; }

    public bool IsFinished => Rectification.IsFinished;

    public int CompletedDay => Rectification.CompletedDay;

    public override string ToString() => $"RectificationProblem {RectificationId}->{ProblemId}";
}
