namespace Campaign.Compliance.Facts;

/// <summary>A distinct non-empty normalized problem text (SUP-006): one per text, so the group of its problems is aggregated once.</summary>
internal sealed class ProblemText
{
    public ProblemText(string normalizedText) => NormalizedText = normalizedText;

    public string NormalizedText { get; }

    public override string ToString() => "ProblemText " + NormalizedText;
}
