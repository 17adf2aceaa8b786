using Campaign.Domain.Serialization;
namespace Campaign.Domain.Tests.Serialization.Reference;

/// <summary>The checks that need the whole document: references between collections, owners' units and parent loops.</summary>
internal sealed partial class ReferenceDatasetParser
{
    private void CheckReferences()
    {
        // Hot path over every record: plain loops, no LINQ.
        for (var i = 0; i < Units.Count; i++)
        {
            var unit = Units[i];
            var where = new JsonPathLocation("units", i);
            CheckRef(unit.ParentId, _unitIndex, "unit", where, "parentId");
            CheckRef(unit.FirstSecretaryId, _personIndex, "person", where.Nested("weakLax"), "firstSecretaryId");
        }

        for (var i = 0; i < People.Count; i++)
        {
            CheckRef(People[i].UnitId, _unitIndex, "unit", new JsonPathLocation("people", i), "unitId");
        }

        for (var i = 0; i < Opinions.Count; i++)
        {
            var opinion = Opinions[i];
            var where = new JsonPathLocation("opinions", i);
            CheckRef(opinion.UnitId, _unitIndex, "unit", where, "unitId");
            CheckRef(opinion.TargetPersonId, _personIndex, "person", where, "targetPersonId");
            CheckRef(opinion.ClaimedById, _personIndex, "person", where, "claimedById");
        }

        for (var i = 0; i < Problems.Count; i++)
        {
            var problem = Problems[i];
            var where = new JsonPathLocation("problems", i);
            CheckRef(problem.UnitId, _unitIndex, "unit", where, "unitId");
            if (problem.OwnerPersonId is { } owner && CheckRef(owner, _personIndex, "person", where.Nested("owner"), "personId") is var person && person >= 0
                && problem.UnitId is { } unitId && People[person].UnitId is { } personUnit && !string.Equals(personUnit.Id, unitId.Id, StringComparison.Ordinal))
            {
                Error(where.Nested("owner"), "personId", -1, owner.Line,
                    $"the individual owner '{owner.Id}' belongs to unit '{personUnit.Id}', not to the problem's unit '{unitId.Id}'");
            }

            CheckRefs(problem.OpinionIds, _opinionIndex, "opinion", where, "opinionIds");
        }

        for (var i = 0; i < Rectifications.Count; i++)
        {
            var rectification = Rectifications[i];
            var where = new JsonPathLocation("rectifications", i);
            CheckRefs(rectification.ProblemIds, _problemIndex, "problem", where, "problemIds");
            CheckRef(rectification.ResponsiblePersonId, _personIndex, "person", where, "responsiblePersonId");
            CheckRef(rectification.ResponsibleUnitId, _unitIndex, "unit", where, "responsibleUnitId");
        }

        CheckParentLoops();
    }

    /// <summary>Checks one reference; returns the index of the referenced record, or -1.</summary>
    private int CheckRef(IdRef? reference, Dictionary<string, int> index, string kind, in JsonPathLocation where, string leaf, int leafIndex = -1)
    {
        if (reference is not { } r)
        {
            return -1;
        }

        if (index.TryGetValue(r.Id, out var position))
        {
            return position;
        }

        Error(where, leaf, leafIndex, r.Line, $"no {kind} has the id '{r.Id}'");
        return -1;
    }

    private void CheckRefs(IdRef[]? references, Dictionary<string, int> index, string kind, in JsonPathLocation where, string leaf)
    {
        if (references is null)
        {
            return;
        }

        for (var i = 0; i < references.Length; i++)
        {
            CheckRef(references[i], index, kind, where, leaf, i);
        }
    }

    /// <summary>Reports each loop of parent ids once, at the unit of the loop that comes first in the input.</summary>
    private void CheckParentLoops()
    {
        var count = Units.Count;
        var parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = Units[i].ParentId is { } p && _unitIndex.TryGetValue(p.Id, out var position) ? position : -1;
        }

        // 0: not visited, 1: on the chain being walked, 2: done.
        var state = new byte[count];
        var chain = new List<int>();
        for (var start = 0; start < count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            chain.Clear();
            var at = start;
            while (at >= 0 && state[at] == 0)
            {
                state[at] = 1;
                chain.Add(at);
                at = parent[at];
            }

            if (at >= 0 && state[at] == 1)
            {
                ReportLoop(chain, chain.IndexOf(at));
            }

            foreach (var member in chain)
            {
                state[member] = 2;
            }
        }
    }

    private void ReportLoop(List<int> chain, int loopStart)
    {
        var first = chain[loopStart];
        for (var i = loopStart; i < chain.Count; i++)
        {
            first = Math.Min(first, chain[i]);
        }

        // Describe the loop starting at its first unit in input order.
        var names = new List<string>();
        var at = first;
        do
        {
            names.Add(Units[at].Id!);
            at = _unitIndex[Units[at].ParentId!.Value.Id];
        }
        while (at != first);
        names.Add(Units[first].Id!);

        var unit = Units[first];
        Error(new JsonPathLocation("units", first), "parentId", -1, unit.ParentId!.Value.Line,
            $"the parent chain loops: {string.Join(" → ", names)}");
    }
}
