namespace Campaign.Compliance.Facts;

/// <summary>The link "problem P lists opinion O", once per distinct pair, with whether the opinion names one person (MIS-001).</summary>
internal sealed class ProblemOpinion
{
    public ProblemOpinion(string problemId, string opinionId, bool opinionIsPersonal)
    {
        ProblemId = problemId;
        OpinionId = opinionId;
        OpinionIsPersonal = opinionIsPersonal;
    }

    public string ProblemId { get; }

    public string OpinionId { get; }

    /// <summary>The opinion has a <c>targetPersonId</c>.</summary>
    public bool OpinionIsPersonal { get; }

    public override string ToString() => $"ProblemOpinion {ProblemId}->{OpinionId}";
}
