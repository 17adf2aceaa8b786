using Campaign.Rules.Compilation;
using Campaign.Rules.Rete;

namespace Campaign.Rules.Agenda;

/// <summary>A rule with a full match: queued on the agenda, fired, and owner of its linked facts.</summary>
internal sealed class Activation
{
    public Activation(RuleBranch branch, Token token)
    {
        Branch = branch;
        Token = token;
    }

    public RuleBranch Branch { get; }

    public Token Token { get; }

    /// <summary>The agenda sequence of the live queue entry; 0 when not queued.</summary>
    public long QueueSeq { get; set; }

    public bool IsQueued => QueueSeq != 0;

    public bool HasFired { get; set; }

    public bool IsDeleted { get; set; }

    public object?[]? LastKeys { get; set; }

    public Dictionary<object, object>? Linked { get; set; }
}

/// <summary>
/// The agenda: higher priority first, then first in, first out. Priorities are few, so it keeps one FIFO queue per
/// priority level (levels in a sorted array, highest first) instead of a heap. Removal is lazy: a removed
/// activation's entry is skipped when it comes up (its sequence no longer matches); when nothing is queued any more
/// the queues are cleared, so stale entries do not keep deleted activations alive.
/// Hot path: no LINQ, closures or boxing.
/// </summary>
internal sealed class RuleAgenda
{
    private int[] _priorities = [];
    private Queue<Entry>[] _queues = [];
    private long _sequence;
    private int _lastPriority;
    private Queue<Entry>? _lastQueue;

    public int Count { get; private set; }

    public void Add(Activation activation)
    {
        if (activation.IsQueued)
        {
            return;
        }

        activation.QueueSeq = ++_sequence;
        QueueOf(activation.Branch.Definition.Priority).Enqueue(new Entry(activation, activation.QueueSeq));
        Count++;
    }

    public void Remove(Activation activation)
    {
        if (!activation.IsQueued)
        {
            return;
        }

        activation.QueueSeq = 0;
        if (--Count == 0)
        {
            ClearQueues();
        }
    }

    public bool TryPop(out Activation activation)
    {
        if (Count > 0)
        {
            var queues = _queues;
            for (var i = 0; i < queues.Length; i++)
            {
                var queue = queues[i];
                while (queue.TryDequeue(out var entry))
                {
                    if (entry.Activation.QueueSeq == entry.Sequence)
                    {
                        activation = entry.Activation;
                        activation.QueueSeq = 0;
                        Count--;
                        return true;
                    }
                }
            }
        }

        ClearQueues();
        activation = null!;
        return false;
    }

    private Queue<Entry> QueueOf(int priority)
    {
        if (_lastQueue is not null && _lastPriority == priority)
        {
            return _lastQueue;
        }

        var index = 0;
        while (index < _priorities.Length && _priorities[index] > priority)
        {
            index++;
        }

        if (index == _priorities.Length || _priorities[index] != priority)
        {
            // A new level (rare: once per distinct priority): insert it in descending order.
            var priorities = new int[_priorities.Length + 1];
            var queues = new Queue<Entry>[_queues.Length + 1];
            Array.Copy(_priorities, priorities, index);
            Array.Copy(_queues, queues, index);
            priorities[index] = priority;
            queues[index] = new Queue<Entry>();
            Array.Copy(_priorities, index, priorities, index + 1, _priorities.Length - index);
            Array.Copy(_queues, index, queues, index + 1, _queues.Length - index);
            _priorities = priorities;
            _queues = queues;
        }

        _lastPriority = priority;
        _lastQueue = _queues[index];
        return _lastQueue;
    }

    private void ClearQueues()
    {
        var queues = _queues;
        for (var i = 0; i < queues.Length; i++)
        {
            if (queues[i].Count > 0)
            {
                queues[i].Clear();
            }
        }
    }

    private readonly record struct Entry(Activation Activation, long Sequence);
}
