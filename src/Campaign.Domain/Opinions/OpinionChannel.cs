namespace Campaign.Domain.Opinions;

/// <summary>
/// The known solicitation channels (征求渠道) of an opinion, as the dataset writes them. A channel may also
/// be any free text; these constants are the values the format names.
/// </summary>
public static class OpinionChannel
{
    /// <summary>Home visit (入户走访).</summary>
    public const string HomeVisit = "homeVisit";

    /// <summary>Forum or meeting (会议座谈).</summary>
    public const string Forum = "forum";

    /// <summary>Questionnaire (问卷调查).</summary>
    public const string Questionnaire = "questionnaire";

    /// <summary>Hotline (热线, 民意快线).</summary>
    public const string Hotline = "hotline";

    /// <summary>Letters and visits (来信来访).</summary>
    public const string LettersAndVisits = "lettersAndVisits";

    /// <summary>Solicitation letter (征求意见函).</summary>
    public const string SolicitationLetter = "solicitationLetter";

    /// <summary>Online platform (网上平台).</summary>
    public const string OnlinePlatform = "onlinePlatform";

    /// <summary>Individual interview (个别访谈).</summary>
    public const string Interview = "interview";

    /// <summary>Every known channel, in the order the format lists them.</summary>
    public static IReadOnlyList<string> Known { get; } = Array.AsReadOnly(new[]
        { HomeVisit, Forum, Questionnaire, Hotline, LettersAndVisits, SolicitationLetter, OnlinePlatform, Interview });

    /// <summary>Whether <paramref name="channel"/> is one of the <see cref="Known"/> channels (ordinal comparison).</summary>
    /// <param name="channel">The channel text; null gives false.</param>
    /// <returns>True for a known channel.</returns>
    public static bool IsKnown(string? channel) => channel is not null && Known.Contains(channel, StringComparer.Ordinal);
}
