using Campaign.Rules.Rete;
using NRules.Diagnostics;

namespace Campaign.Rules.Diagnostics;

/// <summary>
/// Per-node metrics of a session, numbered as in <see cref="SchemaExtensions.GetIndexedSchema"/>: the elements each
/// node holds and the changes it received and passed on.
/// </summary>
internal sealed class SessionMetrics : IMetricsProvider
{
    private readonly Network _network;

    public SessionMetrics(Network network) => _network = network;

    public INodeMetrics? FindByNodeId(int nodeId)
    {
        foreach (var metrics in GetAll())
        {
            if (metrics.NodeId == nodeId)
            {
                return metrics;
            }
        }

        return null;
    }

    public IReadOnlyCollection<INodeMetrics> GetAll()
    {
        var nodes = _network.Nodes();
        var metrics = new List<INodeMetrics>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            metrics.Add(new NodeMetrics(i + 1, nodes[i]));
        }

        return metrics;
    }

    public void Reset()
    {
        foreach (var node in _network.Nodes())
        {
            node.Counters = default;
        }
    }

    private sealed class NodeMetrics : INodeMetrics
    {
        private readonly NetworkNode _node;

        public NodeMetrics(int id, NetworkNode node)
        {
            NodeId = id;
            _node = node;
        }

        public int NodeId { get; }

        public int? ElementCount => _node.FactCount + _node.TupleCount;

        public int InsertInputCount => _node.Counters.InsertInput;

        public int UpdateInputCount => _node.Counters.UpdateInput;

        public int RetractInputCount => _node.Counters.RetractInput;

        public int InsertOutputCount => _node.Counters.InsertOutput;

        public int UpdateOutputCount => _node.Counters.UpdateOutput;

        public int RetractOutputCount => _node.Counters.RetractOutput;

        public long InsertDurationMilliseconds => 0;

        public long UpdateDurationMilliseconds => 0;

        public long RetractDurationMilliseconds => 0;

        public void Reset() => _node.Counters = default;
    }
}
