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

/// <summary>Orders activations: higher priority first, then first in, first out.</summary>
internal readonly record struct AgendaKey(int Priority, long Sequence);

internal sealed class AgendaKeyComparer : IComparer<AgendaKey>
{
    public static readonly AgendaKeyComparer Instance = new();

    public int Compare(AgendaKey x, AgendaKey y)
    {
        var byPriority = y.Priority.CompareTo(x.Priority);
        return byPriority != 0 ? byPriority : x.Sequence.CompareTo(y.Sequence);
    }
}

/// <summary>The agenda: a priority queue with lazy removal (a removed activation's entry is skipped when popped).</summary>
internal sealed class RuleAgenda
{
    private readonly PriorityQueue<Activation, AgendaKey> _queue = new(AgendaKeyComparer.Instance);
    private long _sequence;

    public int Count { get; private set; }

    public void Add(Activation activation)
    {
        if (activation.IsQueued)
        {
            return;
        }

        activation.QueueSeq = ++_sequence;
        _queue.Enqueue(activation, new AgendaKey(activation.Branch.Definition.Priority, activation.QueueSeq));
        Count++;
    }

    public void Remove(Activation activation)
    {
        if (!activation.IsQueued)
        {
            return;
        }

        activation.QueueSeq = 0;
        Count--;
    }

    public bool TryPop(out Activation activation)
    {
        while (_queue.TryDequeue(out activation!, out var key))
        {
            if (activation.QueueSeq == key.Sequence)
            {
                activation.QueueSeq = 0;
                Count--;
                return true;
            }
        }

        return false;
    }
}
