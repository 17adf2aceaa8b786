using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

// The node is generic over the field type, so comparing a field does not box it.

/// <summary>
/// Constant-equality tests on one field (<c>x.Status == Status.Open</c>, <c>x.Status == Status.Closed</c>, ...)
/// served by one hash lookup: the field is read once per fact and the fact goes only to the branch of its value.
/// </summary>
internal abstract class HashedSelectionNode : AlphaNode
{
    protected HashedSelectionNode(Session session, string label)
        : base(session, NodeType.HashedSelection, label)
    {
    }

    public abstract ConstantBranch BranchFor(object? constant);
}

internal sealed class HashedSelectionNode<TKey> : HashedSelectionNode
    where TKey : notnull
{
    private readonly Func<object, TKey> _selector;
    private readonly LambdaExpression _expression;
    private readonly string _ruleName;
    private readonly Dictionary<TKey, ConstantBranch> _branches = new();
    private readonly List<ConstantBranch> _touched = new();
    private ConstantBranch? _nullBranch;
    private int _count;

    public HashedSelectionNode(Session session, Func<object, TKey> selector, LambdaExpression expression, string ruleName)
        : base(session, "hash " + expression)
    {
        _selector = selector;
        _expression = expression;
        _ruleName = ruleName;
    }

    public override int FactCount => _count;

    public override ConstantBranch BranchFor(object? constant)
    {
        if (constant is null)
        {
            return _nullBranch ??= AddBranch("null");
        }

        var key = (TKey)constant;
        if (!_branches.TryGetValue(key, out var branch))
        {
            branch = AddBranch(constant.ToString() ?? string.Empty);
            _branches.Add(key, branch);
        }

        return branch;
    }

    public override void Propagate(ChangeList<Fact> changes)
    {
        // Where a fact was placed is not stored per fact: the alpha memories holding it (its own short link list)
        // know the branch above them. A fact held by no memory under this node has nothing downstream to retract.
        for (var i = 0; i < changes.Count; i++)
        {
            var fact = changes[i];
            switch (changes.KindAt(i))
            {
                case ChangeKind.Assert:
                    Route(Find(fact), fact, ChangeKind.Assert);
                    break;
                case ChangeKind.Modify:
                    {
                        var old = Placed(fact);
                        var branch = Find(fact);
                        if (old is not null)
                        {
                            _count--;
                        }

                        if (ReferenceEquals(old, branch))
                        {
                            Route(branch, fact, ChangeKind.Modify);
                        }
                        else
                        {
                            Route(old, fact, ChangeKind.Retract);
                            Route(branch, fact, ChangeKind.Assert);
                        }

                        break;
                    }

                default:
                    {
                        var old = Placed(fact);
                        if (old is not null)
                        {
                            _count--;
                            Route(old, fact, ChangeKind.Retract);
                        }

                        break;
                    }
            }
        }

        // Each branch receives its facts as one list, branches in order of first appearance.
        var touched = _touched;
        for (var i = 0; i < touched.Count; i++)
        {
            var branch = touched[i];
            var list = branch.Pending!;
            branch.Pending = null;
            branch.Propagate(list);
            Session.FactLists.Return(list);
        }

        touched.Clear();

        // Count the facts now held under this node (diagnostics).
        for (var i = 0; i < changes.Count; i++)
        {
            if (changes.KindAt(i) != ChangeKind.Retract && Placed(changes[i]) is not null)
            {
                _count++;
            }
        }
    }

    private void Route(ConstantBranch? branch, Fact fact, ChangeKind kind)
    {
        if (branch is null)
        {
            return;
        }

        if (branch.Pending is null)
        {
            branch.Pending = Session.FactLists.Rent();
            _touched.Add(branch);
        }

        branch.Pending.Add(fact, kind);
    }

    private ConstantBranch? Placed(Fact fact)
    {
        var first = fact.Memory?.BranchUnder(this) ?? fact.Memory2?.BranchUnder(this);
        if (first is not null)
        {
            return first;
        }

        for (var link = fact.MoreMemories; link is not null; link = link.Next)
        {
            var branch = link.Memory.BranchUnder(this);
            if (branch is not null)
            {
                return branch;
            }
        }

        return null;
    }

    private ConstantBranch AddBranch(string label)
    {
        var branch = new ConstantBranch(Session, label);
        Children.Add(branch);
        return branch;
    }

    private ConstantBranch? Find(Fact fact)
    {
        TKey value;
        try
        {
            value = _selector(fact.Object);
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _expression, _ruleName, [fact.Object]);
            return null;
        }

        if (value is null)
        {
            return _nullBranch;
        }

        return _branches.TryGetValue(value, out var branch) ? branch : null;
    }
}

/// <summary>The facts whose field equals one constant; a pass-through node under a hashed selection.</summary>
internal sealed class ConstantBranch : AlphaNode
{
    public ConstantBranch(Session session, string label)
        : base(session, NodeType.Selection, "== " + label)
    {
    }

    /// <summary>The changes routed to this branch by the set being propagated (rented while it is grouped).</summary>
    public ChangeList<Fact>? Pending { get; set; }

    public override void Propagate(ChangeList<Fact> changes) => PropagateChildren(changes);
}

/// <summary>Compiled description of a hashed constant test: the field, its selector and the constant.</summary>
internal abstract class HashedTestPlan
{
    protected HashedTestPlan(string fieldKey, object? constant)
    {
        FieldKey = fieldKey;
        Constant = constant;
    }

    public string FieldKey { get; }

    public object? Constant { get; }

    public abstract HashedSelectionNode CreateNode(Session session, LambdaExpression expression, string ruleName);
}

internal sealed class HashedTestPlan<TKey> : HashedTestPlan
    where TKey : notnull
{
    private readonly Func<object, TKey> _selector;

    public HashedTestPlan(string fieldKey, object? constant, Func<object, TKey> selector)
        : base(fieldKey, constant) => _selector = selector;

    public override HashedSelectionNode CreateNode(Session session, LambdaExpression expression, string ruleName) =>
        new HashedSelectionNode<TKey>(session, _selector, expression, ruleName);
}
