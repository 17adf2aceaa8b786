using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

/// <summary>A node of the alpha network: tests single facts.</summary>
internal abstract class AlphaNode : NetworkNode
{
    protected AlphaNode(Session session, NodeType nodeType, string label)
        : base(session, nodeType, label)
    {
    }

    public List<AlphaNode> Children { get; } = new();

    public override IEnumerable<NetworkNode> Successors => Children;

    /// <summary>Processes a set of fact changes (in order) and hands the result to each child as one list.</summary>
    public abstract void Propagate(ChangeList<Fact> changes);

    protected void PropagateChildren(ChangeList<Fact> changes)
    {
        var children = Children;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].Propagate(changes);
        }
    }
}

/// <summary>Entry of facts assignable to one type; facts reach it through the session's cached routing table.</summary>
internal sealed class TypeNode : AlphaNode
{
    public TypeNode(Session session, Type factType, int order)
        : base(session, NodeType.Type, factType.Name)
    {
        FactType = factType;
        Order = order;
    }

    public Type FactType { get; }

    /// <summary>The node's place in the network (type nodes are made rule by rule, in load order).</summary>
    public int Order { get; }

    /// <summary>The changes routed to this node by the current set operation (rented while the set is grouped).</summary>
    public ChangeList<Fact>? Pending { get; set; }

    public override void Propagate(ChangeList<Fact> changes) => PropagateChildren(changes);
}

/// <summary>An alpha test, shared by every pattern with the same test under the same parent.</summary>
internal sealed class SelectionNode : AlphaNode
{
    private readonly Func<object, bool> _test;
    private readonly LambdaExpression _expression;
    private readonly string _ruleNames;

    public SelectionNode(Session session, Func<object, bool> test, LambdaExpression expression, string ruleNames)
        : base(session, NodeType.Selection, expression.ToString())
    {
        _test = test;
        _expression = expression;
        _ruleNames = ruleNames;
    }

    public override void Propagate(ChangeList<Fact> changes)
    {
        var output = Session.FactLists.Rent();
        for (var i = 0; i < changes.Count; i++)
        {
            var fact = changes[i];
            switch (changes.KindAt(i))
            {
                case ChangeKind.Assert:
                    if (Test(fact))
                    {
                        output.Add(fact, ChangeKind.Assert);
                    }

                    break;
                case ChangeKind.Modify:
                    output.Add(fact, Test(fact) ? ChangeKind.Modify : ChangeKind.Retract);
                    break;
                default:
                    // The fact may have changed before retraction: retract downstream unconditionally (memories ignore absent facts).
                    output.Add(fact, ChangeKind.Retract);
                    break;
            }
        }

        if (output.Count > 0)
        {
            PropagateChildren(output);
        }

        Session.FactLists.Return(output);
    }

    private bool Test(Fact fact)
    {
        bool passed;
        try
        {
            passed = _test(fact.Object);
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _expression, _ruleNames, [fact.Object]);
            return false;
        }

        if (Session.TracesLhs)
        {
            Session.RaiseLhsEvaluated(_expression, passed, _ruleNames, [fact.Object]);
        }

        return passed;
    }
}

/// <summary>The facts that passed a chain of alpha tests; feeds the right inputs of beta nodes.</summary>
internal sealed class AlphaMemory : AlphaNode
{
    private int _count;

    public AlphaMemory(Session session, string label)
        : base(session, NodeType.AlphaMemory, label)
    {
    }

    public List<IRightSink> Sinks { get; } = new();

    public override int FactCount => _count;

    public override IEnumerable<NetworkNode> Successors
    {
        get
        {
            foreach (var sink in Sinks)
            {
                yield return (NetworkNode)sink;
            }
        }
    }

    /// <summary>The hashed selections above this memory and the branch of each that leads here (set when the network is built).</summary>
    public (HashedSelectionNode Node, ConstantBranch Branch)[] Placements { get; set; } = [];

    public override void Propagate(ChangeList<Fact> changes)
    {
        var output = Session.FactLists.Rent();
        for (var i = 0; i < changes.Count; i++)
        {
            var fact = changes[i];
            switch (changes.KindAt(i))
            {
                case ChangeKind.Assert:
                    if (!Contains(fact))
                    {
                        Add(fact);
                        output.Add(fact, ChangeKind.Assert);
                    }

                    break;
                case ChangeKind.Modify:
                    if (Contains(fact))
                    {
                        output.Add(fact, ChangeKind.Modify);
                    }
                    else
                    {
                        Add(fact);
                        output.Add(fact, ChangeKind.Assert);
                    }

                    break;
                default:
                    if (Remove(fact))
                    {
                        output.Add(fact, ChangeKind.Retract);
                    }

                    break;
            }
        }

        if (output.Count > 0)
        {
            var sinks = Sinks;
            for (var i = 0; i < sinks.Count; i++)
            {
                sinks[i].RightPropagate(output);
                Session.FlushAggregates();
            }
        }

        Session.FactLists.Return(output);
    }

    /// <summary>The branch of <paramref name="node"/> above this memory, or null when the memory is not under it.</summary>
    public ConstantBranch? BranchUnder(HashedSelectionNode node)
    {
        var placements = Placements;
        for (var i = 0; i < placements.Length; i++)
        {
            if (ReferenceEquals(placements[i].Node, node))
            {
                return placements[i].Branch;
            }
        }

        return null;
    }

    // A fact's first two alpha memories are held inline (most facts reach one or two); the others in a short list.
    // The inline ones are filled first and refilled from the list on removal.
    private void Add(Fact fact)
    {
        if (fact.Memory is null)
        {
            fact.Memory = this;
        }
        else if (fact.Memory2 is null)
        {
            fact.Memory2 = this;
        }
        else
        {
            fact.MoreMemories = new AlphaLink(this, fact.MoreMemories);
        }

        _count++;
    }

    private bool Contains(Fact fact)
    {
        if (ReferenceEquals(fact.Memory, this) || ReferenceEquals(fact.Memory2, this))
        {
            return true;
        }

        for (var link = fact.MoreMemories; link is not null; link = link.Next)
        {
            if (ReferenceEquals(link.Memory, this))
            {
                return true;
            }
        }

        return false;
    }

    private bool Remove(Fact fact)
    {
        if (ReferenceEquals(fact.Memory, this))
        {
            fact.Memory = fact.Memory2;
            ShiftFromList(fact);
            _count--;
            return true;
        }

        if (ReferenceEquals(fact.Memory2, this))
        {
            ShiftFromList(fact);
            _count--;
            return true;
        }

        AlphaLink? previous = null;
        for (var link = fact.MoreMemories; link is not null; previous = link, link = link.Next)
        {
            if (ReferenceEquals(link.Memory, this))
            {
                if (previous is null)
                {
                    fact.MoreMemories = link.Next;
                }
                else
                {
                    previous.Next = link.Next;
                }

                _count--;
                return true;
            }
        }

        return false;
    }

    /// <summary>Refills the second inline memory from the list (after the inline ones moved up).</summary>
    private static void ShiftFromList(Fact fact)
    {
        var more = fact.MoreMemories;
        fact.Memory2 = more?.Memory;
        fact.MoreMemories = more?.Next;
    }
}
