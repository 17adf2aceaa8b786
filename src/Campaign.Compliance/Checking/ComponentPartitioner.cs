using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Checking;

/// <summary>
/// Splits a dataset into parts that no <see cref="Catalog.RuleScope.Unit"/> rule joins across: the connected
/// components of the records under the references such a rule may follow, packed into a given number of parts
/// balanced by record count. Every record hangs on a unit id (a unit on itself; a person, an opinion, a problem on its unit;
/// a rectification on the units of its problems), so the components are computed over unit ids, joined where a
/// rule reads across units: a problem and the opinions it names (MIS-001, SUP-004), a problem and its individual
/// owner (MIS-002, MIS-004), a rectification and the problems it lists (OVD-003, OVD-007, MIS-006, SUP-004, the
/// unit of a rectification). The other join keys (a unit's team problems, its focus, its owner key, the unit and
/// text key of MIS-003) stay inside one unit; units are not joined to their parent (no rule reads the hierarchy).
/// </summary>
/// <remarks>Hot path: runs over every record and reference of a large check.</remarks>
internal sealed class ComponentPartitioner
{
    private readonly CampaignDataset _dataset;
    private readonly Dictionary<string, int> _nodes;
    private readonly List<int> _parent;
    private readonly int[] _personNodes;
    private readonly int[] _opinionNodes;
    private readonly int[] _problemNodes;
    private readonly int[] _rectificationNodes;

    private ComponentPartitioner(CampaignDataset dataset)
    {
        _dataset = dataset;
        _nodes = new Dictionary<string, int>(dataset.Units.Count, StringComparer.Ordinal);
        _parent = new List<int>(dataset.Units.Count);
        _personNodes = new int[dataset.People.Count];
        _opinionNodes = new int[dataset.Opinions.Count];
        _problemNodes = new int[dataset.Problems.Count];
        _rectificationNodes = new int[dataset.Rectifications.Count];
    }

    /// <summary>The number of connected components (units and unit ids named by records without a unit record included).</summary>
    public int ComponentCount { get; private set; }

    /// <summary>
    /// The components of <paramref name="dataset"/>, or <see langword="null"/> when a reference dangles in a way the
    /// single session refuses (a problem of an unknown unit or naming an unknown opinion, a rectification listing an
    /// unknown problem): the caller then runs the single session, which reports it as it always has.
    /// </summary>
    public static ComponentPartitioner? Of(CampaignDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var partitioner = new ComponentPartitioner(dataset);
        return partitioner.Join() ? partitioner : null;
    }

    /// <summary>
    /// Packs components into bins: largest first (ties: the earlier component), each into the lightest bin
    /// (ties: the lower bin). Deterministic for given sizes.
    /// </summary>
    /// <param name="sizes">The size of each component.</param>
    /// <param name="binCount">How many bins; at least 1.</param>
    /// <returns>The bin of each component.</returns>
    public static int[] Pack(IReadOnlyList<long> sizes, int binCount)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentOutOfRangeException.ThrowIfLessThan(binCount, 1);
        var order = new int[sizes.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = sizes[b].CompareTo(sizes[a]);
            return c != 0 ? c : a.CompareTo(b);
        });

        var bins = new PriorityQueue<int, (long Load, int Bin)>(binCount);
        for (var b = 0; b < binCount; b++)
        {
            bins.Enqueue(b, (0, b));
        }

        var result = new int[sizes.Count];
        foreach (var component in order)
        {
            bins.TryDequeue(out var bin, out var priority);
            result[component] = bin;
            bins.Enqueue(bin, (priority.Load + sizes[component], bin));
        }

        return result;
    }

    /// <summary>
    /// The parts: each a dataset with the same campaign and the records of its components in input order.
    /// Parts that would be empty are left out, so there may be fewer than <paramref name="partCount"/>.
    /// </summary>
    public List<CampaignDataset> Split(int partCount)
    {
        var parts = SplitRecords(partCount);
        var datasets = new List<CampaignDataset>(parts.Count);
        foreach (var part in parts)
        {
            datasets.Add(part.ToDataset());
        }

        return datasets;
    }

    /// <summary>
    /// As <see cref="Split"/>, but each part's dataset is built only when asked (<see cref="Part.ToDataset"/>), so the
    /// parts' lookups are built in parallel and only for the parts in flight.
    /// </summary>
    public List<Part> SplitRecords(int partCount)
    {
        // The component of every node is found once (a root is its component's lowest node, so it is numbered before
        // the nodes under it); then each record costs two array reads, and each part's lists are allocated at their
        // final size.
        var componentOfNode = new int[_parent.Count];
        var sizes = new List<long>();
        for (var node = 0; node < _parent.Count; node++)
        {
            var root = Find(node);
            if (root == node)
            {
                componentOfNode[node] = sizes.Count;
                sizes.Add(0);
            }
            else
            {
                componentOfNode[node] = componentOfNode[root];
            }
        }

        var unitNodes = new int[_dataset.Units.Count];
        for (var i = 0; i < unitNodes.Length; i++)
        {
            unitNodes[i] = i;
        }

        Count(unitNodes, componentOfNode, sizes);
        Count(_personNodes, componentOfNode, sizes);
        Count(_opinionNodes, componentOfNode, sizes);
        Count(_problemNodes, componentOfNode, sizes);
        Count(_rectificationNodes, componentOfNode, sizes);

        var binOfComponent = Pack(sizes, partCount);
        var units = Distribute(_dataset.Units, unitNodes, componentOfNode, binOfComponent, partCount);
        var people = Distribute(_dataset.People, _personNodes, componentOfNode, binOfComponent, partCount);
        var opinions = Distribute(_dataset.Opinions, _opinionNodes, componentOfNode, binOfComponent, partCount);
        var problems = Distribute(_dataset.Problems, _problemNodes, componentOfNode, binOfComponent, partCount);
        var rectifications = Distribute(_dataset.Rectifications, _rectificationNodes, componentOfNode, binOfComponent, partCount);

        var parts = new List<Part>(partCount);
        for (var b = 0; b < partCount; b++)
        {
            if (units[b].Count + people[b].Count + opinions[b].Count + problems[b].Count + rectifications[b].Count > 0)
            {
                parts.Add(new Part(_dataset.Campaign, units[b], people[b], opinions[b], problems[b], rectifications[b]));
            }
        }

        return parts;
    }

    private bool Join()
    {
        var units = _dataset.Units;
        for (var i = 0; i < units.Count; i++)
        {
            _nodes.Add(units[i].Id, i);
            _parent.Add(i);
        }

        var people = _dataset.People;
        for (var i = 0; i < people.Count; i++)
        {
            _personNodes[i] = Node(people[i].UnitId);
        }

        var opinions = _dataset.Opinions;
        for (var i = 0; i < opinions.Count; i++)
        {
            _opinionNodes[i] = Node(opinions[i].UnitId);
        }

        var problems = _dataset.Problems;
        for (var i = 0; i < problems.Count; i++)
        {
            var problem = problems[i];
            if (!_nodes.TryGetValue(problem.UnitId, out var node) || node >= units.Count)
            {
                return false;
            }

            _problemNodes[i] = node;
            var opinionIds = problem.OpinionIds;
            for (var j = 0; j < opinionIds.Count; j++)
            {
                if (_dataset.FindOpinion(opinionIds[j]) is not { } opinion)
                {
                    return false;
                }

                Union(node, Node(opinion.UnitId));
            }

            if (problem.Owner.PersonId is { } personId && _dataset.FindPerson(personId) is { } owner)
            {
                Union(node, Node(owner.UnitId));
            }
        }

        var rectifications = _dataset.Rectifications;
        for (var i = 0; i < rectifications.Count; i++)
        {
            var problemIds = rectifications[i].ProblemIds;
            var node = -1;
            for (var j = 0; j < problemIds.Count; j++)
            {
                if (_dataset.FindProblem(problemIds[j]) is not { } problem)
                {
                    return false;
                }

                var problemNode = _nodes[problem.UnitId];
                if (node < 0)
                {
                    node = problemNode;
                }
                else
                {
                    Union(node, problemNode);
                }
            }

            if (node < 0)
            {
                return false;
            }

            _rectificationNodes[i] = node;
        }

        var components = 0;
        for (var node = 0; node < _parent.Count; node++)
        {
            if (Find(node) == node)
            {
                components++;
            }
        }

        ComponentCount = components;
        return true;
    }

    /// <summary>The node of a unit id; a unit id without a unit record gets a node of its own.</summary>
    private int Node(string unitId)
    {
        if (!_nodes.TryGetValue(unitId, out var node))
        {
            node = _parent.Count;
            _nodes.Add(unitId, node);
            _parent.Add(node);
        }

        return node;
    }

    private int Find(int node)
    {
        while (_parent[node] != node)
        {
            var grandparent = _parent[_parent[node]];
            _parent[node] = grandparent;
            node = grandparent;
        }

        return node;
    }

    /// <summary>Joins two components; the lower node is the root, so a component's root is its first node.</summary>
    private void Union(int a, int b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA < rootB)
        {
            _parent[rootB] = rootA;
        }
        else if (rootB < rootA)
        {
            _parent[rootA] = rootB;
        }
    }

    private static void Count(int[] nodes, int[] componentOfNode, List<long> sizes)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            sizes[componentOfNode[nodes[i]]]++;
        }
    }

    /// <summary>The records of each bin in input order, each bin's list allocated at its size.</summary>
    private static List<T>[] Distribute<T>(IReadOnlyList<T> records, int[] nodes, int[] componentOfNode, int[] binOfComponent, int binCount)
    {
        var bins = new int[records.Count];
        var counts = new int[binCount];
        for (var i = 0; i < bins.Length; i++)
        {
            var bin = binOfComponent[componentOfNode[nodes[i]]];
            bins[i] = bin;
            counts[bin]++;
        }

        var lists = new List<T>[binCount];
        for (var b = 0; b < binCount; b++)
        {
            lists[b] = new List<T>(counts[b]);
        }

        for (var i = 0; i < bins.Length; i++)
        {
            lists[bins[i]].Add(records[i]);
        }

        return lists;
    }

    /// <summary>The records of one part, in input order.</summary>
    internal sealed class Part(
        CampaignRun campaign,
        List<Unit> units,
        List<Person> people,
        List<Opinion> opinions,
        List<Problem> problems,
        List<Rectification> rectifications)
    {
        /// <summary>A dataset of the part's records with the whole dataset's campaign.</summary>
        public CampaignDataset ToDataset() => new(campaign, units, people, opinions, problems, rectifications);

        /// <summary>The part's records for a session, looked up in <paramref name="whole"/> (no indexes built for the part).</summary>
        public CheckRecords ToRecords(CampaignDataset whole) =>
            new(campaign, units, people, opinions, problems, rectifications, whole.FindProblem, whole.FindOpinion);
    }
}
