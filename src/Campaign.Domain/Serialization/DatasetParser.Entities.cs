using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Serialization;

/// <summary>
/// The entities of the large collections, built from the scratch record as each item ends while the document is still
/// error-free. Problems and rectifications use their trusted internal constructors (the parser checks every rule of
/// the public ones, so nothing is copied or checked twice); a constructor that still refuses an item (an invariant
/// the parser missed) stops the building and is reported as <see cref="BuildFailure"/>, unless the document has other
/// errors.
/// </summary>
internal sealed partial class DatasetParser
{
    // Owners and owner keys, shared by the problems of one person (by person position) or one unit's team (by unit
    // position): a province has some 600,000 problems but only some 250,000 owners.
    private ProblemOwner?[] _individualOwners = [];
    private string?[] _personKeys = [];
    private string?[] _teamKeys = [];

    // The same sharing for a later part of a parallel read, whose people and units were read by an earlier part.
    private Dictionary<string, (ProblemOwner? Owner, string? Key)>? _ownersById;
    private Dictionary<string, string?>? _teamKeysById;

    private static ref T? Slot<T>(ref T?[] cache, int position)
        where T : class
    {
        if (position >= cache.Length)
        {
            Array.Resize(ref cache, Math.Max(position + 1, cache.Length * 2));
        }

        return ref cache[position];
    }

    // The parser has checked every rule of the public constructor, so the trusted one takes the arrays over.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildProblem(ProblemRecord p)
    {
        var unit = p.UnitId!.Value;
        ProblemOwner owner;
        string ownerKey;
        if (p.OwnerLevel == (int)ProblemOwnerLevel.Individual)
        {
            var person = p.OwnerPersonId!.Value;
            if (person.Target >= 0)
            {
                owner = Slot(ref _individualOwners, person.Target) ??= ProblemOwner.Individual(person.Id);
                ownerKey = Slot(ref _personKeys, person.Target) ??= owner.Key(unit.Id);
            }
            else if (_part == DatasetPart.Later)
            {
                // The people are in an earlier part: share one owner per person id instead.
                ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(_ownersById ??= new(StringComparer.Ordinal), person.Id, out _);
                shared.Owner ??= ProblemOwner.Individual(person.Id);
                owner = shared.Owner;
                ownerKey = shared.Key ??= owner.Key(unit.Id);
            }
            else
            {
                owner = ProblemOwner.Individual(person.Id);
                ownerKey = owner.Key(unit.Id);
            }
        }
        else
        {
            owner = ProblemOwner.Team;
            if (unit.Target >= 0)
            {
                ownerKey = Slot(ref _teamKeys, unit.Target) ??= owner.Key(unit.Id);
            }
            else if (_part == DatasetPart.Later)
            {
                ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(_teamKeysById ??= new(StringComparer.Ordinal), unit.Id, out _);
                ownerKey = shared ??= owner.Key(unit.Id);
            }
            else
            {
                ownerKey = owner.Key(unit.Id);
            }
        }

        Problems.Add(Problem.Trusted(
            p.Id!,
            unit.Id,
            owner,
            (ProblemCategory)p.Category,
            p.Text!,
            (ProblemSource)p.Source,
            p.IdentifiedOn!.Value,
            p.FourWinds.Count == 0 ? null : p.FourWinds.ToArray(),
            p.FocusId,
            Ids(p.OpinionIds),
            (ProblemSeverity)p.Severity,
            ownerKey));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildRectification(RectificationRecord r)
    {
        try
        {
            Rectifications.Add(Rectification.Trusted(
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
            // Evaluation and Evidence still guard their values; the parser checks the same rules first.
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Evidence> Evidence(List<EvidenceRecord> items)
    {
        var evidence = new List<Evidence>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            evidence.Add(new Evidence((EvidenceKind)items[i].Kind, items[i].Reference!));
        }

        return evidence;
    }
}
