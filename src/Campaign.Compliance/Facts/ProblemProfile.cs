using Campaign.Domain.Problems;

namespace Campaign.Compliance.Facts;

/// <summary>
/// A problem with the values its rules need, computed once when it is inserted (problems do not change):
/// normalized text, owner key, and join keys that are null when they do not apply, so that every rule
/// joins problems by one indexed equality.
/// </summary>
internal sealed class ProblemProfile
{
    public ProblemProfile(Problem problem, string normalizedText, bool carriesUnitFocus)
    {
        Problem = problem;
        ProblemId = problem.Id;
        UnitId = problem.UnitId;
        OwnerKey = problem.OwnerKey;
        IsTeam = problem.Owner.IsTeam;
        PersonId = problem.Owner.PersonId;
        IdentifiedDay = problem.IdentifiedOn.DayNumber;
        NormalizedText = normalizedText.Length == 0 ? null : normalizedText;
        TextKey = NormalizedText is null ? null : problem.UnitId + "\u001f" + NormalizedText;
        TeamTextKey = IsTeam ? TextKey : null;
        TeamUnitId = IsTeam ? problem.UnitId : null;
        WorkOwnerKey = problem.Category == ProblemCategory.Work ? OwnerKey : null;
        FourWindsOwnerKey = problem.Category == ProblemCategory.FourWinds ? OwnerKey : null;
        FocusUnitId = carriesUnitFocus ? problem.UnitId : null;
    }

    public Problem Problem { get; }

    public string ProblemId { get; }

    public string UnitId { get; }

    /// <summary><c>team:&lt;unitId&gt;</c> or <c>person:&lt;personId&gt;</c>.</summary>
    public string OwnerKey { get; }

    public bool IsTeam { get; }

    /// <summary>The owner of an individual problem; null for a team problem.</summary>
    public string? PersonId { get; }

    public int IdentifiedDay { get; }

    /// <summary>The normalized text (rules.md), null when empty.</summary>
    public string? NormalizedText { get; }

    /// <summary>Unit id and normalized text, null when the text is empty (MIS-003).</summary>
    public string? TextKey { get; }

    /// <summary><see cref="TextKey"/> of a team problem, else null (MIS-003).</summary>
    public string? TeamTextKey { get; }

    /// <summary>The unit id of a team problem, else null (MIS-002).</summary>
    public string? TeamUnitId { get; }

    /// <summary>The owner key of a <c>work</c> problem, else null (MIS-004).</summary>
    public string? WorkOwnerKey { get; }

    /// <summary>The owner key of a <c>fourWinds</c> problem, else null (MIS-004).</summary>
    public string? FourWindsOwnerKey { get; }

    /// <summary>The unit id when the problem carries one of its unit's focus ids, else null (MIS-005).</summary>
    public string? FocusUnitId { get; }

    public override string ToString() => "ProblemProfile " + ProblemId;
}
