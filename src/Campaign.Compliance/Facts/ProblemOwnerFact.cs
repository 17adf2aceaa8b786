using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Facts;

/// <summary>A possible owner of problems (MIS-004): a unit's team (<c>team:&lt;unitId&gt;</c>) or a person (<c>person:&lt;personId&gt;</c>).</summary>
internal sealed class ProblemOwnerFact
{
    public ProblemOwnerFact(string ownerKey, SubjectType subjectType, string subjectId, string unitId)
    {
        OwnerKey = ownerKey;
        SubjectType = subjectType;
        SubjectId = subjectId;
        UnitId = unitId;
    }

    public string OwnerKey { get; }

    public SubjectType SubjectType { get; }

    public string SubjectId { get; }

    public string UnitId { get; }

    public override string ToString() => "Owner " + OwnerKey;
}
