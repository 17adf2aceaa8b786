using Campaign.Rules.Compilation;
using Campaign.Rules.Rete;
using NRules.RuleModel;

namespace Campaign.Rules.Agenda;

/// <summary>A rule with a full match: queued on the agenda, fired, and owner of its linked facts.</summary>
/// <remarks>
/// The activation is the full-match token itself (the terminal node's left token), so a full match costs one
/// object, not a token plus an activation pointing at each other.
/// </remarks>
internal sealed class Activation : Token, IMatch
{
    public Activation(RuleBranch branch, Token? parent, object? slot)
        : base(parent, slot)
    {
        Branch = branch;
    }

    public RuleBranch Branch { get; }

    /// <summary>Created until first fired, Updated when its match changed after that, Removed when its match went.</summary>
    public MatchTrigger Trigger { get; set; } = MatchTrigger.Created;

    IRuleDefinition IMatch.Rule => Branch.Definition.Source;

    IEnumerable<IFactMatch> IMatch.Facts => Branch.FactsOf(this);

    /// <summary>The full match (this activation's own token chain).</summary>
    public Token Token => this;

    /// <summary>Whether the activation is on the agenda.</summary>
    public bool IsQueued { get; set; }

    /// <summary>The agenda entries of this activation not yet dequeued (at most one of them is live: the last).</summary>
    /// <remarks>Kept in the token's count, which only a Not/Exists left token uses.</remarks>
    public int QueueEntries
    {
        get => Count;
        set => Count = value;
    }

    public bool HasFired { get; set; }

    public bool IsDeleted { get; set; }

    public object?[]? LastKeys { get; set; }

    /// <summary>The linked facts by key; kept in the token's node-state slot (a terminal's token has no other state).</summary>
    public LinkedFacts? Linked
    {
        get => (LinkedFacts?)NodeState;
        set => NodeState = value;
    }
}

/// <summary>
/// The agenda: higher priority first, then first in, first out. Priorities are few, so it keeps one FIFO queue per
/// priority level (levels in a sorted array, highest first) instead of a heap. Removal is lazy: a removed
/// activation's entry is skipped when it comes up. An activation removed and added again has several entries in
/// its (single) queue; only the last one is live, so an entry is live when the activation is queued and no later
/// entry of it is still waiting. When nothing is queued any more the queues are cleared, so stale entries do not
/// keep deleted activations alive.
/// Hot path.
/// </summary>
internal sealed class RuleAgenda
{
    private int[] _priorities = [];
    private Queue<Activation>[] _queues = [];
    private int _lastPriority;
    private Queue<Activation>? _lastQueue;

    public int Count { get; private set; }

    public void Add(Activation activation)
    {
        if (activation.IsQueued)
        {
            return;
        }

        activation.IsQueued = true;
        activation.QueueEntries++;
        QueueOf(activation.Branch.Definition.Priority).Enqueue(activation);
        Count++;
    }

    public void Remove(Activation activation)
    {
        if (!activation.IsQueued)
        {
            return;
        }

        activation.IsQueued = false;
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
                    if (--entry.QueueEntries == 0 && entry.IsQueued)
                    {
                        activation = entry;
                        activation.IsQueued = false;
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

    /// <summary>The activation <see cref="TryPop"/> would return, left in place (stale entries ahead of it are dropped).</summary>
    public bool TryPeek(out Activation activation)
    {
        if (Count > 0)
        {
            foreach (var queue in _queues)
            {
                while (queue.TryPeek(out var entry))
                {
                    if (entry.QueueEntries == 1 && entry.IsQueued)
                    {
                        activation = entry;
                        return true;
                    }

                    queue.Dequeue();
                    entry.QueueEntries--;
                }
            }
        }

        activation = null!;
        return false;
    }

    private Queue<Activation> QueueOf(int priority)
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
            var queues = new Queue<Activation>[_queues.Length + 1];
            Array.Copy(_priorities, priorities, index);
            Array.Copy(_queues, queues, index);
            priorities[index] = priority;
            queues[index] = new Queue<Activation>();
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
            var queue = queues[i];
            while (queue.TryDequeue(out var stale))
            {
                stale.QueueEntries--;
            }
        }
    }
}
