namespace Campaign.Domain.Serialization;

/// <summary>What a parser reads: the whole document, or one part of a parallel read (see <see cref="ParallelDatasetRead"/>).</summary>
internal enum DatasetPart
{
    /// <summary>The whole document, every check included.</summary>
    Whole,

    /// <summary>The first part: the document up to a record boundary, closed by <c>]}</c>; the checks that need the
    /// whole document are left to <see cref="DatasetParser.CompleteParts"/>.</summary>
    First,

    /// <summary>A later part: <c>{"collection":[</c> and the document from a record boundary on; its references are
    /// left unresolved and checked from its entities once every part is read.</summary>
    Later,
}

/// <summary>Joining the parts of a parallel read into the first part's parser.</summary>
internal sealed partial class DatasetParser
{
    // The collections the first part has read to their end, one bit each as in RootSeen: their indexes no longer
    // change, so the later parts resolve their references there while the first part reads on.
    private int _completed;

    // The references of a later part found neither in the part nor in a complete collection of the first part.
    private readonly List<LaterReference> _laterReferences = [];
    private bool _partFailed;

    /// <summary>The root properties met, one bit each (format 1, campaign 2, units 4, people 8, opinions 16, problems 32, rectifications 64).</summary>
    public int RootSeen { get; private set; }

    /// <summary>The bit of the last collection whose array the root held (0 when none).</summary>
    public int LastRootCollection { get; private set; }

    /// <summary>Whether a part was read without any error (always false for an invalid part, which is given up).</summary>
    public bool Succeeded => Building;

    /// <summary>The <see cref="IdRef.Target"/> of a reference that a later part found in the first part, at <paramref name="position"/>.</summary>
    private static int InFirstPart(int position) => -2 - position;

    private void StartCollection(int bit)
    {
        if (_part == DatasetPart.First && (Volatile.Read(ref _completed) & bit) != 0)
        {
            // A collection given twice (an error): its index, which the later parts may be reading, must not change.
            throw new OperationCanceledException();
        }

        LastRootCollection = bit;
    }

    private void EndCollection(int bit)
    {
        if (_part == DatasetPart.First)
        {
            Interlocked.Or(ref _completed, bit);
        }
    }

    private IdIndex IndexOf(int collection) => collection switch
    {
        0 => _unitIndex,
        1 => _personIndex,
        2 => _opinionIndex,
        3 => _problemIndex,
        _ => _rectificationIndex,
    };

    /// <summary>Finds <paramref name="id"/> in this first part's collection when the part has read that collection to its end.</summary>
    private bool TryFindComplete(int collection, ReadOnlySpan<char> id, out string known, out int position)
    {
        if (collection >= 0 && (Volatile.Read(ref _completed) & (4 << collection)) != 0)
        {
            return IndexOf(collection).TryFind(id, out known, out position);
        }

        known = null!;
        position = -1;
        return false;
    }

    /// <summary>A later part keeps the references it could not resolve for the joined check.</summary>
    private void LaterPending(IdRef? reference, IdIndex target)
    {
        if (reference is { Target: -1 } unresolved)
        {
            _laterReferences.Add(new LaterReference(unresolved.Id, target.Collection, null));
        }
    }

    /// <summary>A later part checks an individual owner's unit where it can, and keeps the owner for the joined check otherwise.</summary>
    private void LaterOwner(IdRef owner, IdRef? problemUnit)
    {
        if (owner.Target >= 0)
        {
            _partFailed |= OwnerElsewhere(owner.Target, problemUnit);
        }
        else if (owner.Target <= -2)
        {
            _partFailed |= problemUnit is { } unit && _first!._personUnitIds[-2 - owner.Target] is { } personUnit
                && !string.Equals(personUnit, unit.Id, StringComparison.Ordinal);
        }
        else
        {
            _laterReferences.Add(new LaterReference(owner.Id, 1, problemUnit?.Id));
        }
    }

    /// <summary>
    /// Once a later part is read: resolves again, on its own thread while the first part may still be reading, the
    /// references it kept, now that it knows all its own records and the first part may have completed more
    /// collections; what is left (mostly references into the collection the first part is still reading) waits for the
    /// join. An individual owner found to belong to another unit fails the part.
    /// </summary>
    public void ResolveKeptReferences()
    {
        var references = _laterReferences;
        var kept = 0;
        for (var i = 0; i < references.Count && !_partFailed; i++)
        {
            var reference = references[i];
            string? personUnit;
            var position = IndexOf(reference.Collection).PositionOf(reference.Id);
            if (position >= 0)
            {
                personUnit = reference.ProblemUnitId is null ? null : _personUnitIds[position];
            }
            else if (_first is { } first && first.TryFindComplete(reference.Collection, reference.Id, out _, out position))
            {
                personUnit = reference.ProblemUnitId is null ? null : first._personUnitIds[position];
            }
            else
            {
                references[kept++] = reference;
                continue;
            }

            _partFailed |= personUnit is not null && !string.Equals(personUnit, reference.ProblemUnitId, StringComparison.Ordinal);
        }

        references.RemoveRange(kept, references.Count - kept);
    }

    /// <summary>
    /// Appends the records of <paramref name="parts"/> (in document order) to this first part and runs the checks that
    /// need the whole document. False when anything is wrong (a duplicate id across parts, a dangling reference, an
    /// owner of another unit, a parent loop...): the caller then reads the document sequentially for the exact errors.
    /// </summary>
    public bool CompleteParts(List<DatasetParser> parts)
    {
        if (!Building)
        {
            return false;
        }

        for (var k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            if (!part.Building)
            {
                return false;
            }

            Campaign ??= part.Campaign;
            for (var i = 0; i < part.Units.Count; i++)
            {
                if (part.Units[i].Id is { } id && !_unitIndex.TryAdd(id, Units.Count))
                {
                    return false;
                }

                Units.Add(part.Units[i]);
            }

            if (!Absorb(_personIndex, part._personIndex, _personCount) || !Absorb(_opinionIndex, part._opinionIndex, _opinionCount)
                || !Absorb(_problemIndex, part._problemIndex, _problemCount) || !Absorb(_rectificationIndex, part._rectificationIndex, _rectificationCount))
            {
                return false;
            }

            People.AddRange(part.People);
            _personUnitIds.AddRange(part._personUnitIds);
            Opinions.AddRange(part.Opinions);
            Problems.AddRange(part.Problems);
            Rectifications.AddRange(part.Rectifications);
            _personCount += part._personCount;
            _opinionCount += part._opinionCount;
            _problemCount += part._problemCount;
            _rectificationCount += part._rectificationCount;
        }

        CheckReferences();
        if (Errors.HasErrors)
        {
            return false;
        }

        for (var k = 0; k < parts.Count; k++)
        {
            var references = parts[k]._laterReferences;
            for (var i = 0; i < references.Count; i++)
            {
                var reference = references[i];
                var position = IndexOf(reference.Collection).PositionOf(reference.Id);
                if (position < 0 || (reference.ProblemUnitId is { } unit && _personUnitIds[position] is { } personUnit
                    && !string.Equals(personUnit, unit, StringComparison.Ordinal)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Absorb(IdIndex into, IdIndex from, int offset) => into.Append(from, offset);
}

/// <summary>A reference of a later part of a parallel read, checked once the parts are joined.</summary>
/// <param name="Id">The id.</param>
/// <param name="Collection">The collection it must name a record of (its number).</param>
/// <param name="ProblemUnitId">For an individual owner: the problem's unit, which must be the person's.</param>
internal readonly record struct LaterReference(string Id, int Collection, string? ProblemUnitId);
