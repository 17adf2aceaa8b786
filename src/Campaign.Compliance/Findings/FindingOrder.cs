namespace Campaign.Compliance.Findings;

/// <summary>The contract's order: unit id, rule id, subject id (ordinal), then subject type to break ties.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

    /// <summary>Whether the findings are already in the order (one pass; then they need no sort).</summary>
    public static bool IsSorted(IReadOnlyList<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (Instance.Compare(findings[i - 1], findings[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One list in the order from lists that each are in it (a k-way merge; the order is total, so the result equals a sort of them all).</summary>
    public static List<Finding> Merge(IReadOnlyList<List<Finding>> sortedLists)
    {
        var total = 0;
        var heads = new PriorityQueue<(int List, int Index), Finding>(sortedLists.Count, Instance);
        for (var i = 0; i < sortedLists.Count; i++)
        {
            total += sortedLists[i].Count;
            if (sortedLists[i].Count > 0)
            {
                heads.Enqueue((i, 0), sortedLists[i][0]);
            }
        }

        var merged = new List<Finding>(total);
        while (heads.TryDequeue(out var head, out var finding))
        {
            merged.Add(finding);
            var list = sortedLists[head.List];
            var next = head.Index + 1;
            if (next < list.Count)
            {
                heads.Enqueue((head.List, next), list[next]);
            }
        }

        return merged;
    }

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.UnitId, y.UnitId);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.RuleId, y.RuleId);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.SubjectId, y.SubjectId);
        }

        return c != 0 ? c : x.SubjectType.CompareTo(y.SubjectType);
    }
}
