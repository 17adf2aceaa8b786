using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

// Hot path: no LINQ, closures or boxing in propagation (indexed for loops over lists).

/// <summary>A node of the alpha network: tests single facts.</summary>
internal abstract class AlphaNode : NetworkNode
{
    protected AlphaNode(Session session, NodeType nodeType, string label)
        : base(session, nodeType, label)
    {
    }

    public List<AlphaNode> Children { get; } = new();

    public override IEnumerable<NetworkNode> Successors => Children;

    public abstract void Assert(Fact fact);

    public abstract void Modify(Fact fact);

    public abstract void Retract(Fact fact);

    protected void AssertChildren(Fact fact)
    {
        var children = Children;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].Assert(fact);
        }
    }

    protected void ModifyChildren(Fact fact)
    {
        var children = Children;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].Modify(fact);
        }
    }

    protected void RetractChildren(Fact fact)
    {
        var children = Children;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].Retract(fact);
        }
    }
}

/// <summary>Entry of facts assignable to one type; facts reach it through the session's cached routing table.</summary>
internal sealed class TypeNode : AlphaNode
{
    public TypeNode(Session session, Type factType)
        : base(session, NodeType.Type, factType.Name) => FactType = factType;

    public Type FactType { get; }

    public override void Assert(Fact fact) => AssertChildren(fact);

    public override void Modify(Fact fact) => ModifyChildren(fact);

    public override void Retract(Fact fact) => RetractChildren(fact);
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

    public override void Assert(Fact fact)
    {
        if (Test(fact))
        {
            AssertChildren(fact);
        }
    }

    public override void Modify(Fact fact)
    {
        if (Test(fact))
        {
            ModifyChildren(fact);
        }
        else
        {
            RetractChildren(fact);
        }
    }

    // The fact may have changed before retraction: retract downstream unconditionally (memories ignore absent facts).
    public override void Retract(Fact fact) => RetractChildren(fact);

    private bool Test(Fact fact)
    {
        try
        {
            return _test(fact.Object);
        }
        catch (Exception ex) when (ex is not RuleLhsExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _expression, _ruleNames, [fact.Object]);
            return false;
        }
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

    public override void Assert(Fact fact)
    {
        if (Contains(fact))
        {
            return;
        }

        fact.Memories = new AlphaLink(this, fact.Memories);
        _count++;

        var sinks = Sinks;
        for (var i = 0; i < sinks.Count; i++)
        {
            sinks[i].RightAssert(fact);
        }
    }

    public override void Modify(Fact fact)
    {
        if (!Contains(fact))
        {
            Assert(fact);
            return;
        }

        var sinks = Sinks;
        for (var i = 0; i < sinks.Count; i++)
        {
            sinks[i].RightModify(fact);
        }
    }

    public override void Retract(Fact fact)
    {
        if (!Remove(fact))
        {
            return;
        }

        var sinks = Sinks;
        for (var i = 0; i < sinks.Count; i++)
        {
            sinks[i].RightRetract(fact);
        }
    }

    private bool Contains(Fact fact)
    {
        for (var link = fact.Memories; link is not null; link = link.Next)
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
        AlphaLink? previous = null;
        for (var link = fact.Memories; link is not null; previous = link, link = link.Next)
        {
            if (ReferenceEquals(link.Memory, this))
            {
                if (previous is null)
                {
                    fact.Memories = link.Next;
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
}
