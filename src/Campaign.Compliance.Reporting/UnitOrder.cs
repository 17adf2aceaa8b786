using System.Globalization;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Reporting;

/// <summary>
/// The order every human-readable report lists units in: the hierarchy, depth first, a parent before its children
/// and siblings by name in the report's language (Chinese with the <c>zh-CN</c> collation of ICU, so by pinyin,
/// when the runtime has ICU; otherwise, and for ids, ordinal), ties by id. Units that findings name but the dataset
/// does not hold come last, by id. Without a dataset units are in id order (ordinal), the JSON report's order.
/// </summary>
public sealed class UnitOrder
{
    private readonly Dictionary<string, int> _rank;
    private readonly Dictionary<string, int> _depth;

    private UnitOrder(List<string> ids, Dictionary<string, int> depth)
    {
        UnitIds = ids;
        _depth = depth;
        _rank = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            _rank[ids[i]] = i;
        }
    }

    /// <summary>The units of the dataset in order.</summary>
    public IReadOnlyList<string> UnitIds { get; }

    /// <summary>
    /// How names are compared in <paramref name="language"/> on this runtime: <c>"zh-CN"</c> (ICU collation) or
    /// <c>"ordinal"</c> for Chinese, <c>"invariant"</c> for English.
    /// </summary>
    /// <param name="language">The report language.</param>
    public static string Collation(ReportLanguage language) =>
        language == ReportLanguage.Zh ? (ChineseCompare is null ? "ordinal" : "zh-CN") : "invariant";

    /// <summary>The order of the units of <paramref name="dataset"/>; with no dataset, an empty order (units by id).</summary>
    /// <param name="dataset">The dataset, or null.</param>
    /// <param name="language">The language whose names decide the order of siblings.</param>
    public static UnitOrder Of(CampaignDataset? dataset, ReportLanguage language)
    {
        var ids = new List<string>();
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        if (dataset is null)
        {
            return new UnitOrder(ids, depth);
        }

        var names = NameComparer(language);
        int Compare(Domain.Units.Unit a, Domain.Units.Unit b)
        {
            var c = names.Compare(a.Name, b.Name);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        }

        // Roots: no parent, or a parent the dataset does not hold. A cycle cannot occur (the reader refuses it), but
        // units left unvisited are still listed, so no unit is ever lost.
        var roots = dataset.Units.Where(u => u.ParentId is null || dataset.FindUnit(u.ParentId) is null).ToList();
        roots.Sort(Compare);
        var stack = new Stack<(Domain.Units.Unit Unit, int Depth)>();
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push((roots[i], 0));
        }

        while (stack.Count > 0)
        {
            var (unit, level) = stack.Pop();
            if (depth.ContainsKey(unit.Id))
            {
                continue;
            }

            ids.Add(unit.Id);
            depth[unit.Id] = level;
            var children = dataset.ChildrenOfUnit(unit.Id).ToList();
            children.Sort(Compare);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], level + 1));
            }
        }

        foreach (var unit in dataset.Units.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            if (!depth.ContainsKey(unit.Id))
            {
                ids.Add(unit.Id);
                depth[unit.Id] = 0;
            }
        }

        return new UnitOrder(ids, depth);
    }

    /// <summary>The depth of a unit in the hierarchy (0 for a root or an unknown unit).</summary>
    /// <param name="unitId">The unit id.</param>
    public int Depth(string unitId) => _depth.GetValueOrDefault(unitId);

    /// <summary>Compares two unit ids by this order; units it does not hold come after, by id.</summary>
    /// <param name="x">A unit id.</param>
    /// <param name="y">Another unit id.</param>
    public int Compare(string x, string y)
    {
        var rx = _rank.TryGetValue(x, out var a) ? a : int.MaxValue;
        var ry = _rank.TryGetValue(y, out var b) ? b : int.MaxValue;
        return rx != ry ? rx.CompareTo(ry) : string.CompareOrdinal(x, y);
    }

    /// <summary>The findings in report order: units in this order, within a unit the report's order (rule id, subject id).</summary>
    /// <param name="findings">The findings in the report's order.</param>
    public IReadOnlyList<Finding> Sort(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var indexed = new (Finding Finding, int Index)[findings.Count];
        for (var i = 0; i < indexed.Length; i++)
        {
            indexed[i] = (findings[i], i);
        }

        // Stable: within a unit the report's order is kept.
        Array.Sort(indexed, (a, b) =>
        {
            var c = Compare(a.Finding.UnitId, b.Finding.UnitId);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        var sorted = new Finding[indexed.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = indexed[i].Finding;
        }

        return sorted;
    }

    private static readonly CompareInfo? ChineseCompare = LoadChinese();

    private static CompareInfo? LoadChinese()
    {
        // Linguistic comparison puts "a" before "B"; invariant globalization mode (no ICU) compares ordinally and does not.
        if (CultureInfo.InvariantCulture.CompareInfo.Compare("a", "B", CompareOptions.None) >= 0)
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo("zh-CN").CompareInfo;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static IComparer<string> NameComparer(ReportLanguage language)
    {
        if (language == ReportLanguage.Zh)
        {
            return ChineseCompare is { } chinese ? new Collated(chinese) : StringComparer.Ordinal;
        }

        return new Collated(CultureInfo.InvariantCulture.CompareInfo);
    }

    private sealed class Collated(CompareInfo compare) : IComparer<string>
    {
        public int Compare(string? x, string? y) => compare.Compare(x, y, CompareOptions.None);
    }
}
