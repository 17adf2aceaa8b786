using System.Linq.Expressions;
using System.Reflection;
using Campaign.Rules.Rete;
using IContext = NRules.RuleModel.IContext;

namespace Campaign.Rules.Compilation;

/// <summary>
/// Rewrites an NRules lambda into one over the partial match. NRules names a lambda's parameters after the
/// declarations they import: the pattern's own declaration becomes the given fact expression, an IContext parameter the
/// action context, a dependency a <see cref="IContext.Resolve(Type)"/> call (actions only), and any other declaration a
/// read of the token at its binding level. Only the lambda's own parameters are replaced (nested lambdas keep theirs).
/// </summary>
internal sealed class AliasRewriter : ExpressionVisitor
{
    private static readonly MethodInfo TokenGet = typeof(Token).GetMethod(nameof(Token.Get))!;
    private static readonly MethodInfo ContextResolve = typeof(IContext).GetMethod(nameof(IContext.Resolve), [typeof(Type)])!;

    private readonly RuleDefinition _rule;
    private readonly IReadOnlyDictionary<string, int> _positions;
    private readonly Expression? _token;
    private readonly Expression? _context;
    private readonly Dictionary<ParameterExpression, Expression> _parameters = new();
    private readonly string _where;

    public AliasRewriter(RuleDefinition rule, IReadOnlyDictionary<string, int> positions, Expression? token, Expression? context, string where)
    {
        _rule = rule;
        _positions = positions;
        _token = token;
        _context = context;
        _where = where;
    }

    public static bool IsTokenGet(MethodCallExpression call) => call.Method == TokenGet;

    /// <summary>Rewrites the lambda's body; <paramref name="selfName"/> names the parameter <paramref name="self"/> replaces.</summary>
    public Expression Rewrite(LambdaExpression lambda, string? selfName = null, Expression? self = null)
    {
        _parameters.Clear();
        foreach (var parameter in lambda.Parameters)
        {
            _parameters[parameter] = Bind(parameter, selfName, self);
        }

        return Visit(lambda.Body);
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        _parameters.TryGetValue(node, out var replacement) ? replacement : node;

    private Expression Bind(ParameterExpression parameter, string? selfName, Expression? self)
    {
        var name = parameter.Name ?? string.Empty;
        if (self is not null && name == selfName)
        {
            return self.Type == parameter.Type ? self : Expression.Convert(self, parameter.Type);
        }

        if (parameter.Type == typeof(IContext) && _context is not null)
        {
            return _context;
        }

        if (_rule.Dependencies.TryGetValue(name, out var dependency))
        {
            if (_context is null)
            {
                throw Unbound($"dependency '{name}' is used in {_where}; dependencies may be used only in actions");
            }

            return Expression.Convert(Expression.Call(_context, ContextResolve, Expression.Constant(dependency.Type, typeof(Type))), parameter.Type);
        }

        if (_token is not null && _positions.TryGetValue(name, out var level))
        {
            return Expression.Convert(Expression.Call(_token, TokenGet, Expression.Constant(level)), parameter.Type);
        }

        throw Unbound($"'{name}' in {_where} is not bound at this point (bind it earlier, and in every branch of an Or)");
    }

    private RuleCompilationException Unbound(string message) =>
        new(_rule.Name, _where, new InvalidOperationException(message));
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
