using Campaign.Rules.Compilation;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

/// <summary>A session's network, built from the factory's compiled branches: alpha nodes shared, beta chains per branch.</summary>
internal sealed class Network
{
    private readonly Session _session;
    private readonly Dictionary<Type, TypeNode> _typeNodes = new();
    private readonly List<TypeNode> _typeNodeList = new();
    private readonly Dictionary<(AlphaNode Parent, string Key), SelectionNode> _selections = new();
    private readonly Dictionary<AlphaNode, AlphaMemory> _memories = new();
    private readonly Dictionary<(AlphaNode Parent, string Key), HashedSelectionNode> _hashed = new();
    private readonly Dictionary<Type, TypeNode[]> _routes = new();
    private readonly List<BetaNode> _betaRoots = new();

    public Network(Session session, IReadOnlyList<RuleBranch> branches)
    {
        _session = session;
        foreach (var branch in branches)
        {
            Build(branch);
        }
    }

    public IReadOnlyList<BetaNode> BetaRoots => _betaRoots;

    /// <summary>The type nodes a fact of this runtime type goes to (cached per type).</summary>
    public TypeNode[] Route(Type type)
    {
        if (_routes.TryGetValue(type, out var nodes))
        {
            return nodes;
        }

        var list = new List<TypeNode>();
        foreach (var node in _typeNodeList)
        {
            if (node.FactType.IsAssignableFrom(type))
            {
                list.Add(node);
            }
        }

        nodes = list.ToArray();
        _routes.Add(type, nodes);
        return nodes;
    }

    /// <summary>Every node, in the order <see cref="Describe"/> numbers them (id = index + 1).</summary>
    public List<NetworkNode> Nodes()
    {
        var nodes = new List<NetworkNode>();
        Walk(nodes, null);
        return nodes;
    }

    public ReteGraph Describe()
    {
        var nodes = new List<NetworkNode>();
        var links = new List<(int Source, int Target)>();
        Walk(nodes, links);
        var described = new List<ReteNode>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            described.Add(new ReteNode(i + 1, node.NodeType, node.Label, node.FactCount, node.TupleCount));
        }

        var edges = new List<ReteLink>(links.Count);
        foreach (var (source, target) in links)
        {
            edges.Add(new ReteLink(described[source - 1], described[target - 1]));
        }

        return new ReteGraph(described, edges);
    }

    /// <summary>Numbers the nodes breadth first from the type nodes and the beta roots; collects the links when asked.</summary>
    private void Walk(List<NetworkNode> nodes, List<(int Source, int Target)>? links)
    {
        var ids = new Dictionary<NetworkNode, int>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<NetworkNode>();
        int Id(NetworkNode node)
        {
            if (!ids.TryGetValue(node, out var id))
            {
                id = ids.Count + 1;
                ids.Add(node, id);
                nodes.Add(node);
                queue.Enqueue(node);
            }

            return id;
        }

        foreach (var node in _typeNodeList)
        {
            Id(node);
        }

        foreach (var node in _betaRoots)
        {
            Id(node);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var id = ids[node];
            foreach (var successor in node.Successors)
            {
                var target = Id(successor);
                links?.Add((id, target));
            }
        }
    }

    private void Build(RuleBranch branch)
    {
        var name = branch.Definition.Name;
        BetaNode? last = null;
        foreach (var plan in branch.Nodes)
        {
            BetaNode node;
            switch (plan)
            {
                case PatternPlan pattern:
                    {
                        var index = pattern.Index.Create();
                        JoinCore join = pattern.Kind switch
                        {
                            PatternNodeKind.Join => new JoinNode(_session, pattern.Label, index, pattern.Residuals, pattern.ResidualExpressions, name),
                            PatternNodeKind.Not => new ExistenceNode(_session, isNot: true, "Not " + pattern.Label, index, pattern.Residuals, pattern.ResidualExpressions, name),
                            PatternNodeKind.Exists => new ExistenceNode(_session, isNot: false, "Exists " + pattern.Label, index, pattern.Residuals, pattern.ResidualExpressions, name),
                            _ => new AggregateNode(_session, "Query " + pattern.Label, index, pattern.Residuals, pattern.ResidualExpressions, name, pattern.Pipeline!, pattern.QueryExpression!),
                        };
                        AlphaMemoryFor(pattern, name).Sinks.Add(join);
                        node = join;
                        break;
                    }

                case FromPlan from:
                    node = new FromNode(_session, from.Source, from.Pipeline, from.Expression, name);
                    break;
                case LetPlan let:
                    node = new BindingNode(_session, let.Compute, let.Expression, name);
                    break;
                case HavingPlan having:
                    node = new FilterNode(_session, having.Conditions, having.Expressions, name);
                    break;
                default:
                    throw new InvalidOperationException("Unknown node plan.");
            }

            if (last is null)
            {
                _betaRoots.Add(node);
            }
            else
            {
                last.Child = node;
            }

            last = node;
        }

        last!.Child = new TerminalNode(_session, branch);
    }

    private AlphaMemory AlphaMemoryFor(PatternPlan pattern, string ruleName)
    {
        if (!_typeNodes.TryGetValue(pattern.FactType, out var typeNode))
        {
            typeNode = new TypeNode(_session, pattern.FactType, _typeNodeList.Count);
            _typeNodes.Add(pattern.FactType, typeNode);
            _typeNodeList.Add(typeNode);
            _routes.Clear();
        }

        AlphaNode current = typeNode;
        var placements = new List<(HashedSelectionNode Node, ConstantBranch Branch)>();
        foreach (var test in pattern.AlphaTests)
        {
            if (test.Hashed is not null)
            {
                if (!_hashed.TryGetValue((current, test.Hashed.FieldKey), out var hashed))
                {
                    hashed = test.Hashed.CreateNode(_session, test.Expression, ruleName);
                    _hashed.Add((current, test.Hashed.FieldKey), hashed);
                    AddTest(current, hashed);
                }

                var branch = hashed.BranchFor(test.Hashed.Constant);
                placements.Add((hashed, branch));
                current = branch;
                continue;
            }

            if (!_selections.TryGetValue((current, test.Key), out var selection))
            {
                selection = new SelectionNode(_session, test.Test, test.Expression, ruleName);
                _selections.Add((current, test.Key), selection);
                AddTest(current, selection);
            }

            current = selection;
        }

        if (!_memories.TryGetValue(current, out var memory))
        {
            memory = new AlphaMemory(_session, pattern.FactType.Name) { Placements = placements.ToArray() };
            _memories.Add(current, memory);
            current.Children.Add(memory);
        }

        return memory;
    }

    /// <summary>
    /// Adds a test below a node ahead of the node's memory: facts reach the more selective memories below first, as in
    /// NRules' alpha network, which orders the activations a single change makes.
    /// </summary>
    private static void AddTest(AlphaNode parent, AlphaNode test)
    {
        var children = parent.Children;
        var index = children.Count;
        while (index > 0 && children[index - 1] is AlphaMemory)
        {
            index--;
        }

        children.Insert(index, test);
    }
}
