using System.Linq.Expressions;
using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Rete;

/// <summary><c>Let</c>: binds a value computed from the partial match (recomputed on update).</summary>
internal sealed class BindingNode : BetaNode
{
    private readonly Func<Token, object?> _compute;
    private readonly LambdaExpression _expression;
    private readonly string _ruleName;
    private int _count;

    public BindingNode(Session session, Func<Token, object?> compute, LambdaExpression expression, string ruleName)
        : base(session, NodeType.Binding, expression.ToString())
    {
        _compute = compute;
        _expression = expression;
        _ruleName = ruleName;
    }

    public override int TupleCount => _count;

    protected override void LeftAssert(Token token, ChangeList<Token> output)
    {
        if (!TryCompute(token, out var value))
        {
            return;
        }

        _count++;
        var child = Child.CreateToken(token, value);
        token.PassChild = child;
        output.Add(child, ChangeKind.Assert);
    }

    protected override void LeftModify(Token token, ChangeList<Token> output)
    {
        if (!TryCompute(token, out var value))
        {
            LeftRetract(token, output);
            return;
        }

        var child = token.PassChild;
        if (child is null)
        {
            _count++;
            child = Child.CreateToken(token, value);
            token.PassChild = child;
            output.Add(child, ChangeKind.Assert);
            return;
        }

        child.StoredValue = value;
        output.Add(child, ChangeKind.Modify);
    }

    protected override void LeftRetract(Token token, ChangeList<Token> output)
    {
        var child = token.PassChild;
        if (child is null)
        {
            return;
        }

        _count--;
        token.PassChild = null;
        output.Add(child, ChangeKind.Retract);
    }

    private bool TryCompute(Token token, out object? value)
    {
        try
        {
            value = _compute(token);
            if (Session.TracesLhs)
            {
                Session.RaiseLhsEvaluated(_expression, value, _ruleName, [token.Value]);
            }

            return true;
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _expression, _ruleName, [token.Value]);
            value = null;
            return false;
        }
    }
}

/// <summary><c>Having</c>: passes the partial matches that satisfy conditions over their bindings.</summary>
internal sealed class FilterNode : BetaNode
{
    private readonly Func<Token, bool>[] _conditions;
    private readonly LambdaExpression[] _expressions;
    private readonly string _ruleName;
    private int _count;

    public FilterNode(Session session, Func<Token, bool>[] conditions, LambdaExpression[] expressions, string ruleName)
        : base(session, NodeType.Filter, string.Join(" && ", (IEnumerable<LambdaExpression>)expressions))
    {
        _conditions = conditions;
        _expressions = expressions;
        _ruleName = ruleName;
    }

    public override int TupleCount => _count;

    protected override void LeftAssert(Token token, ChangeList<Token> output)
    {
        if (Passes(token))
        {
            _count++;
            var child = Child.CreateToken(token, null);
            token.PassChild = child;
            output.Add(child, ChangeKind.Assert);
        }
    }

    protected override void LeftModify(Token token, ChangeList<Token> output)
    {
        var passes = Passes(token);
        if (passes && token.PassChild is not null)
        {
            output.Add(token.PassChild, ChangeKind.Modify);
        }
        else if (passes)
        {
            LeftAssert(token, output);
        }
        else
        {
            LeftRetract(token, output);
        }
    }

    protected override void LeftRetract(Token token, ChangeList<Token> output)
    {
        var child = token.PassChild;
        if (child is null)
        {
            return;
        }

        _count--;
        token.PassChild = null;
        output.Add(child, ChangeKind.Retract);
    }

    private bool Passes(Token token)
    {
        var i = 0;
        try
        {
            for (; i < _conditions.Length; i++)
            {
                var passed = _conditions[i](token);
                if (Session.TracesLhs)
                {
                    Session.RaiseLhsEvaluated(_expressions[i], passed, _ruleName, [token.Value]);
                }

                if (!passed)
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            Session.HandleLhsError(ex, _expressions[i], _ruleName, [token.Value]);
            return false;
        }
    }
}
