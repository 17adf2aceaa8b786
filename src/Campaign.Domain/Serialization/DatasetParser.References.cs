using System.Runtime.CompilerServices;
using Campaign.Domain.Input;
namespace Campaign.Domain.Serialization;

/// <summary>
/// The checks that need the whole document: references between collections, owners' units and parent loops. A
/// reference to a record read before it is resolved on the spot (<see cref="IdRef.Target"/>); the others wait here as
/// <see cref="ReferenceIssue"/>s until the end, so every reference is judged against the whole document.
/// </summary>
internal sealed partial class DatasetParser
{
    private static readonly string[] CollectionNames = ["units", "people", "opinions", "problems", "rectifications"];

    private readonly List<ReferenceIssue> _issues = [];

    /// <summary>Keeps a reference that is not resolved yet for the end of the document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Pending(int collection, int position, string? sub, string leaf, int leafIndex, IdRef? reference, IdIndex target)
    {
        if (_part == DatasetPart.Later)
        {
            LaterPending(reference, target);
            return;
        }

        if (reference is { Target: < 0 } unresolved)
        {
            _issues.Add(new ReferenceIssue(collection, position, sub, leaf, leafIndex, unresolved, target, null));
        }
    }

    /// <summary>Whether the person at <paramref name="person"/> belongs to another unit than the problem's.</summary>
    private bool OwnerElsewhere(int person, IdRef? problemUnit) =>
        problemUnit is { } unit && _personUnitIds[person] is { } personUnit && !string.Equals(personUnit, unit.Id, StringComparison.Ordinal);

    private void CheckReferences()
    {
        for (var i = 0; i < Units.Count; i++)
        {
            var unit = Units[i];
            var where = new JsonPathLocation("units", i);
            CheckRef(unit.ParentId, _unitIndex, where, "parentId");
            CheckRef(unit.FirstSecretaryId, _personIndex, where.Nested("weakLax"), "firstSecretaryId");
        }

        // The waiting references in the order of the collections, then of their records (a stable pass per collection,
        // since the document may list the collections in any order).
        for (var collection = 1; collection < CollectionNames.Length; collection++)
        {
            for (var i = 0; i < _issues.Count; i++)
            {
                if (_issues[i].Collection == collection)
                {
                    Report(_issues[i]);
                }
            }
        }

        CheckParentLoops();
    }

    private void Report(in ReferenceIssue issue)
    {
        var where = new JsonPathLocation(CollectionNames[issue.Collection], issue.Position);
        if (issue.Sub is not null)
        {
            where = where.Nested(issue.Sub);
        }

        var reference = issue.Reference;
        var position = reference.Target >= 0 ? reference.Target : issue.Target.PositionOf(reference.Id);
        if (position < 0)
        {
            Error(where, issue.Leaf, issue.LeafIndex, reference.Line, InputErrorCode.DanglingReference, issue.Target.Kind, reference.Id);
        }
        else if (issue.Sub is not null && issue.ProblemUnitId is { } unitId && _personUnitIds[position] is { } personUnit
            && !string.Equals(personUnit, unitId, StringComparison.Ordinal))
        {
            Error(where, issue.Leaf, issue.LeafIndex, reference.Line, InputErrorCode.OwnerInOtherUnit, reference.Id, personUnit, unitId);
        }
    }

    /// <summary>Checks one reference; returns the position of the referenced record, or -1.</summary>
    private int CheckRef(IdRef? reference, IdIndex index, in JsonPathLocation where, string leaf)
    {
        if (reference is not { } r)
        {
            return -1;
        }

        var position = index.PositionOf(r.Id);
        if (position < 0)
        {
            Error(where, leaf, -1, r.Line, InputErrorCode.DanglingReference, index.Kind, r.Id);
        }

        return position;
    }

    /// <summary>Reports each loop of parent ids once, at the unit of the loop that comes first in the input.</summary>
    private void CheckParentLoops()
    {
        var count = Units.Count;
        var parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = Units[i].ParentId is { } p ? _unitIndex.PositionOf(p.Id) : -1;
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
            at = _unitIndex.PositionOf(Units[at].ParentId!.Value.Id);
        }
        while (at != first);
        names.Add(Units[first].Id!);

        var unit = Units[first];
        Error(new JsonPathLocation("units", first), "parentId", -1, unit.ParentId!.Value.Line, InputErrorCode.ParentLoop, string.Join(" → ", names));
    }
}

/// <summary>
/// A reference of the large collections kept for the end of the document: not resolved when it was read, or an
/// individual owner of another unit than the problem's (then <see cref="ProblemUnitId"/> is set and the owner's unit is
/// compared once the person is found).
/// </summary>
/// <param name="Collection">The index of the collection in <c>units, people, opinions, problems, rectifications</c>.</param>
/// <param name="Position">The position of the record in its collection.</param>
/// <param name="Sub">The nested object (<c>owner</c>) or null.</param>
/// <param name="Leaf">The property.</param>
/// <param name="LeafIndex">The item of an array property, or -1.</param>
/// <param name="Reference">The id and its line.</param>
/// <param name="Target">The collection it must name a record of.</param>
/// <param name="ProblemUnitId">For an owner: the problem's unit id, when given.</param>
internal readonly record struct ReferenceIssue(
    int Collection, int Position, string? Sub, string Leaf, int LeafIndex, IdRef Reference, IdIndex Target, string? ProblemUnitId);
