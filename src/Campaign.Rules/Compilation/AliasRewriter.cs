using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Campaign.Rules.Rete;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Compilation;

/// <summary>
/// Rewrites a DSL lambda into one over the partial match: alias locals (closure fields) become reads of the
/// token at their binding level, the lambda's own parameter becomes the given replacement, and dependencies
/// become <see cref="IContext.Resolve(Type)"/> calls (actions only). Unbound aliases are reported.
/// </summary>
internal sealed class AliasRewriter : ExpressionVisitor
{
    private static readonly MethodInfo TokenGet = typeof(Token).GetMethod(nameof(Token.Get))!;
    private static readonly MethodInfo ContextResolve = typeof(IContext).GetMethod(nameof(IContext.Resolve), [typeof(Type)])!;

    private readonly RuleDefinition _rule;
    private readonly IReadOnlyDictionary<Declaration, int> _positions;
    private readonly Expression? _token;
    private readonly Expression? _context;
    private readonly Dictionary<ParameterExpression, Expression> _parameters = new();
    private readonly string _where;

    public AliasRewriter(RuleDefinition rule, IReadOnlyDictionary<Declaration, int> positions, Expression? token, Expression? context, string where)
    {
        _rule = rule;
        _positions = positions;
        _token = token;
        _context = context;
        _where = where;
    }

    public static bool IsTokenGet(MethodCallExpression call) => call.Method == TokenGet;

    public Expression Rewrite(LambdaExpression lambda, params Expression[] parameterReplacements)
    {
        _parameters.Clear();
        for (var i = 0; i < parameterReplacements.Length && i < lambda.Parameters.Count; i++)
        {
            _parameters[lambda.Parameters[i]] = parameterReplacements[i];
        }

        return Visit(lambda.Body);
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        _parameters.TryGetValue(node, out var replacement) ? replacement : node;

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member is FieldInfo field)
        {
            if (_rule.Declarations.TryGetValue(field, out var declaration))
            {
                return Bind(declaration, node.Type);
            }

            if (field.DeclaringType is not null
                && field.DeclaringType.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                && !field.FieldType.IsValueType
                && TryEvaluate(node, out var value)
                && value is null)
            {
                throw new RuleDefinitionException(_rule.Name, $"unbound variable '{field.Name}' in {_where}: it is never bound by a pattern, query or Let", null);
            }
        }

        return base.VisitMember(node);
    }

    private Expression Bind(Declaration declaration, Type type)
    {
        if (_rule.Dependencies.Contains(declaration))
        {
            if (_context is null)
            {
                throw new RuleDefinitionException(_rule.Name, $"dependency '{declaration.Name}' is used in {_where}; dependencies may be used only in actions", null);
            }

            return Expression.Convert(Expression.Call(_context, ContextResolve, Expression.Constant(declaration.Type, typeof(Type))), type);
        }

        if (_token is not null && _positions.TryGetValue(declaration, out var level))
        {
            return Expression.Convert(Expression.Call(_token, TokenGet, Expression.Constant(level)), type);
        }

        throw new RuleDefinitionException(_rule.Name, $"unbound variable '{declaration.Name}' in {_where}: it is not bound at this point (bind it earlier, and in every branch of an Or)", null);
    }

    private static bool TryEvaluate(Expression expression, out object? value)
    {
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: FieldInfo field } member:
                if (member.Expression is null)
                {
                    value = field.GetValue(null);
                    return true;
                }

                if (TryEvaluate(member.Expression, out var target) && target is not null)
                {
                    value = field.GetValue(target);
                    return true;
                }

                break;
        }

        value = null;
        return false;
    }
}

/// <summary>Finds whether an expression reads a given parameter.</summary>
internal sealed class ParameterUse : ExpressionVisitor
{
    private readonly ParameterExpression _parameter;
    private bool _found;

    private ParameterUse(ParameterExpression parameter) => _parameter = parameter;

    public static bool Uses(Expression expression, ParameterExpression parameter)
    {
        var visitor = new ParameterUse(parameter);
        visitor.Visit(expression);
        return visitor._found;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (node == _parameter)
        {
            _found = true;
        }

        return node;
    }
}

/// <summary>A sharing key for alpha tests: the text of the test plus the identity of captured objects.</summary>
internal sealed class SharingKey : ExpressionVisitor
{
    private readonly List<string> _parts = new();
    private readonly Dictionary<object, int> _ids;

    private SharingKey(Dictionary<object, int> ids) => _ids = ids;

    public static string For(Expression expression, Dictionary<object, int> ids)
    {
        var visitor = new SharingKey(ids);
        visitor.Visit(expression);
        return expression + "|" + string.Join("|", visitor._parts);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        var value = node.Value;
        if (value is not null && !(value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal || value is Type))
        {
            if (!_ids.TryGetValue(value, out var id))
            {
                id = _ids.Count + 1;
                _ids.Add(value, id);
            }

            _parts.Add("#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return node;
    }
}
