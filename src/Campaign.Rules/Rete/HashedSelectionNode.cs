using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

// Hot path: no LINQ, closures or boxing in propagation (the node is generic over the field type).

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

    public abstract AlphaNode BranchFor(object? constant);
}

internal sealed class HashedSelectionNode<TKey> : HashedSelectionNode
    where TKey : notnull
{
    private readonly Func<object, TKey> _selector;
    private readonly LambdaExpression _expression;
    private readonly string _ruleName;
    private readonly Dictionary<TKey, ConstantBranch> _branches = new();
    private readonly Dictionary<Fact, ConstantBranch> _placed = new();
    private ConstantBranch? _nullBranch;

    public HashedSelectionNode(Session session, Func<object, TKey> selector, LambdaExpression expression, string ruleName)
        : base(session, "hash " + expression)
    {
        _selector = selector;
        _expression = expression;
        _ruleName = ruleName;
    }

    public override int FactCount => _placed.Count;

    public override AlphaNode BranchFor(object? constant)
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

    public override void Assert(Fact fact)
    {
        var branch = Find(fact);
        if (branch is not null)
        {
            _placed[fact] = branch;
            branch.Assert(fact);
        }
    }

    public override void Modify(Fact fact)
    {
        _placed.TryGetValue(fact, out var old);
        var branch = Find(fact);
        if (ReferenceEquals(old, branch))
        {
            branch?.Modify(fact);
            return;
        }

        if (old is not null)
        {
            _placed.Remove(fact);
            old.Retract(fact);
        }

        if (branch is not null)
        {
            _placed[fact] = branch;
            branch.Assert(fact);
        }
    }

    public override void Retract(Fact fact)
    {
        if (_placed.Remove(fact, out var branch))
        {
            branch.Retract(fact);
        }
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
        catch (Exception ex) when (ex is not RuleLhsExpressionEvaluationException)
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

    public override void Assert(Fact fact) => AssertChildren(fact);

    public override void Modify(Fact fact) => ModifyChildren(fact);

    public override void Retract(Fact fact) => RetractChildren(fact);
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
