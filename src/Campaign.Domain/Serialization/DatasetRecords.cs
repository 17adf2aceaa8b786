using Campaign.Domain.Problems;

namespace Campaign.Domain.Serialization;

// The compact form the reader fills while it walks the tokens: plain fields, enum values as ints (-1 when absent or
// invalid), and the line of every reference so the checks that need the whole document can still name it. Units and
// the campaign are kept as records until the end (they are few, and the parent-loop check needs them all); the
// records of the large collections are scratch objects, reused for every item, from which the entity is built as soon
// as the item is read.

/// <summary>
/// A reference to an id of another collection, with the line it was written on and the position of the record it
/// names when that record was already read (-1 when not yet, or never: checked once the whole document is read).
/// </summary>
internal readonly record struct IdRef(string Id, int Line, int Target = -1);

/// <summary>The <c>campaign</c> object as read.</summary>
internal sealed class CampaignRecord
{
    public string? Name;
    public int Batch = -1;
    public DateOnly? Start;
    public DateOnly? End;
    public DateOnly? AsOf;
    public string[]? FocusLists;
}

/// <summary>One <c>units[]</c> item as read.</summary>
internal sealed class UnitRecord
{
    public string? Id;
    public string? Name;
    public int Kind = -1;
    public int Level = -1;
    public IdRef? ParentId;
    public DateOnly? EducationStart;
    public DateOnly? EducationEnd;
    public bool HasEducation;
    public bool HasWeakLax;
    public DateOnly? DesignatedOn;
    public DateOnly? TeamStaffedOn;
    public DateOnly? ConsolidatedOn;
    public IdRef? FirstSecretaryId;
    public bool HasPlan;
}

/// <summary>The <c>people[]</c> item being read (one instance, reset for each item).</summary>
internal sealed class PersonRecord
{
    public string? Id;
    public string? Name;
    public IdRef? UnitId;
    public int Role;

    public void Reset()
    {
        Id = null;
        Name = null;
        UnitId = null;
        Role = -1;
    }
}

/// <summary>The <c>opinions[]</c> item being read (one instance, reset for each item).</summary>
internal sealed class OpinionRecord
{
    public string? Id;
    public IdRef? UnitId;
    public IdRef? TargetPersonId;
    public string? Channel;
    public string? Text;
    public DateOnly? ReceivedOn;
    public DateOnly? ClaimedOn;
    public IdRef? ClaimedById;
    public DateOnly? ReportedBackOn;

    public void Reset()
    {
        Id = null;
        UnitId = null;
        TargetPersonId = null;
        Channel = null;
        Text = null;
        ReceivedOn = null;
        ClaimedOn = null;
        ClaimedById = null;
        ReportedBackOn = null;
    }
}

/// <summary>The <c>problems[]</c> item being read (one instance, reset for each item).</summary>
internal sealed class ProblemRecord
{
    public string? Id;
    public IdRef? UnitId;
    public int OwnerLevel;
    public IdRef? OwnerPersonId;
    public int Category;

    /// <summary>Whether <c>fourWinds</c> was given as an array (even empty); its valid items are in <see cref="FourWinds"/>.</summary>
    public bool HasFourWinds;
    public readonly List<FourWind> FourWinds = [];
    public string? FocusId;
    public string? Text;
    public int Source;

    /// <summary>Whether <c>opinionIds</c> was given as an array whose every item is an id; the ids are in <see cref="OpinionIds"/>.</summary>
    public bool HasOpinionIds;
    public readonly List<IdRef> OpinionIds = [];
    public DateOnly? IdentifiedOn;
    public int Severity;

    public void Reset()
    {
        Id = null;
        UnitId = null;
        OwnerLevel = -1;
        OwnerPersonId = null;
        Category = -1;
        HasFourWinds = false;
        FourWinds.Clear();
        FocusId = null;
        Text = null;
        Source = -1;
        HasOpinionIds = false;
        OpinionIds.Clear();
        IdentifiedOn = null;
        Severity = 0;
    }
}

/// <summary>One <c>rectifications[].evidence[]</c> item as read.</summary>
internal readonly record struct EvidenceRecord(int Kind, string? Reference);

/// <summary>The <c>rectifications[]</c> item being read (one instance, reset for each item).</summary>
internal sealed class RectificationRecord
{
    public string? Id;

    /// <summary>Whether <c>problemIds</c> was given as an array whose every item is an id; the ids are in <see cref="ProblemIds"/>.</summary>
    public bool HasProblemIds;
    public readonly List<IdRef> ProblemIds = [];
    public string? Measure;
    public int Mode;
    public IdRef? ResponsiblePersonId;
    public IdRef? ResponsibleUnitId;
    public DateOnly? Deadline;
    public int Status;
    public DateOnly? CompletedOn;

    /// <summary>Whether <c>evidence</c> was given as an array; its items are in <see cref="Evidence"/>.</summary>
    public bool HasEvidence;
    public readonly List<EvidenceRecord> Evidence = [];
    public bool HasEvaluation;
    public int EvaluationBy;
    public DateOnly? EvaluationOn;
    public double? SatisfiedRate;
    public int Respondents;

    public void Reset()
    {
        Id = null;
        HasProblemIds = false;
        ProblemIds.Clear();
        Measure = null;
        Mode = -1;
        ResponsiblePersonId = null;
        ResponsibleUnitId = null;
        Deadline = null;
        Status = -1;
        CompletedOn = null;
        HasEvidence = false;
        Evidence.Clear();
        HasEvaluation = false;
        EvaluationBy = -1;
        EvaluationOn = null;
        SatisfiedRate = null;
        Respondents = 0;
    }
}
