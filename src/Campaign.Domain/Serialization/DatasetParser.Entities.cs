using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Serialization;

/// <summary>
/// The entities of the large collections, built from the scratch record as each item ends while the document is still
/// error-free. A constructor that refuses an item (an invariant the parser missed) stops the building and is reported
/// as <see cref="BuildFailure"/>, unless the document has other errors.
/// </summary>
internal sealed partial class DatasetParser
{
    // Hot path, once per item: plain loops, no LINQ.
    private void BuildProblem(ProblemRecord p)
    {
        try
        {
            var owner = p.OwnerLevel == (int)ProblemOwnerLevel.Individual ? ProblemOwner.Individual(p.OwnerPersonId!.Value.Id) : ProblemOwner.Team;
            Problems.Add(new Problem(
                p.Id!,
                p.UnitId!.Value.Id,
                owner,
                (ProblemCategory)p.Category,
                p.Text!,
                (ProblemSource)p.Source,
                p.IdentifiedOn!.Value,
                p.FourWinds.Count == 0 ? null : p.FourWinds.ToArray(),
                p.FocusId,
                Ids(p.OpinionIds),
                (ProblemSeverity)p.Severity));
        }
        catch (ArgumentException e)
        {
            BuildFailure = e;
        }
    }

    private void BuildRectification(RectificationRecord r)
    {
        try
        {
            Rectifications.Add(new Rectification(
                r.Id!,
                Ids(r.ProblemIds)!,
                r.Measure!,
                (RectificationMode)r.Mode,
                (RectificationStatus)r.Status,
                r.ResponsiblePersonId?.Id,
                r.ResponsibleUnitId?.Id,
                r.Deadline,
                r.CompletedOn,
                Evidence(r.Evidence),
                r.HasEvaluation ? new Evaluation((EvaluatorKind)r.EvaluationBy, r.EvaluationOn!.Value, r.SatisfiedRate, r.Respondents) : null));
        }
        catch (ArgumentException e)
        {
            BuildFailure = e;
        }
    }

    private static string[]? Ids(List<IdRef> references)
    {
        if (references.Count == 0)
        {
            return null;
        }

        var ids = new string[references.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = references[i].Id;
        }

        return ids;
    }

    private static Evidence[]? Evidence(List<EvidenceRecord> items)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var evidence = new Evidence[items.Count];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = new Evidence((EvidenceKind)items[i].Kind, items[i].Reference!);
        }

        return evidence;
    }
}
