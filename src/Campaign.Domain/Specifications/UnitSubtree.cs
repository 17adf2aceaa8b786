using Ardalis.Specification;
using Campaign.Domain.Units;

namespace Campaign.Domain.Specifications;

/// <summary>
/// A unit's subtree: the unit itself and every unit below it. The tree is taken from the unit hierarchy given at
/// construction (all the units of a dataset, or of a store), so the condition is a plain id list that a database can
/// evaluate too.
/// </summary>
public sealed class UnitSubtree : Specification<Unit>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="rootId">The id of the subtree's root (ordinal comparison); included even when absent from <paramref name="hierarchy"/>.</param>
    /// <param name="hierarchy">The units whose parent links define the tree; a parent loop is walked once.</param>
    /// <exception cref="ArgumentException"><paramref name="rootId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hierarchy"/> is null.</exception>
    public UnitSubtree(string rootId, IEnumerable<Unit> hierarchy)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootId);
        ArgumentNullException.ThrowIfNull(hierarchy);
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var unit in hierarchy)
        {
            if (unit.ParentId is { } parentId)
            {
                if (!children.TryGetValue(parentId, out var list))
                {
                    children[parentId] = list = [];
                }

                list.Add(unit.Id);
            }
        }

        var ids = new List<string> { rootId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { rootId };
        for (var i = 0; i < ids.Count; i++)
        {
            if (children.TryGetValue(ids[i], out var list))
            {
                foreach (var child in list)
                {
                    if (seen.Add(child))
                    {
                        ids.Add(child);
                    }
                }
            }
        }

        UnitIds = ids.AsReadOnly();
        var idArray = ids.ToArray();
        Query.Where(u => idArray.Contains(u.Id));
    }

    /// <summary>The ids of the subtree, root first, then breadth first.</summary>
    public IReadOnlyList<string> UnitIds { get; }
}
