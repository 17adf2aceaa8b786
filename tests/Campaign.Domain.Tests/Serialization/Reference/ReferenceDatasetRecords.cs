using Campaign.Domain.Serialization;
namespace Campaign.Domain.Tests.Serialization.Reference;

// The compact intermediate form the reader fills while it walks the tokens: plain fields, enum values as
// ints (-1 when absent or invalid), and the line of every reference so the checks that need the whole
// document can still name it. Entities are built from these only once everything validated.

/// <summary>A reference to an id of another collection, with the line it was written on.</summary>
internal readonly record struct IdRef(string Id, int Line);

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

/// <summary>One <c>people[]</c> item as read.</summary>
internal sealed class PersonRecord
{
    public string? Id;
    public string? Name;
    public IdRef? UnitId;
    public int Role = -1;
}

/// <summary>One <c>opinions[]</c> item as read.</summary>
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
}

/// <summary>One <c>problems[]</c> item as read.</summary>
internal sealed class ProblemRecord
{
    public string? Id;
    public IdRef? UnitId;
    public int OwnerLevel = -1;
    public IdRef? OwnerPersonId;
    public int Category = -1;
    public int[]? FourWinds;
    public string? FocusId;
    public string? Text;
    public int Source = -1;
    public IdRef[]? OpinionIds;
    public DateOnly? IdentifiedOn;
    public int Severity;
}

/// <summary>One <c>rectifications[].evidence[]</c> item as read.</summary>
internal readonly record struct EvidenceRecord(int Kind, string? Reference);

/// <summary>One <c>rectifications[]</c> item as read.</summary>
internal sealed class RectificationRecord
{
    public string? Id;
    public IdRef[]? ProblemIds;
    public string? Measure;
    public int Mode = -1;
    public IdRef? ResponsiblePersonId;
    public IdRef? ResponsibleUnitId;
    public DateOnly? Deadline;
    public int Status = -1;
    public DateOnly? CompletedOn;
    public EvidenceRecord[]? Evidence;
    public bool HasEvaluation;
    public int EvaluationBy = -1;
    public DateOnly? EvaluationOn;
    public double? SatisfiedRate;
    public int Respondents;
}
