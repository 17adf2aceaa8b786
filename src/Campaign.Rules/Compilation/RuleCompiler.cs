using System.Linq.Expressions;
using Campaign.Rules.Rete;
using IContext = NRules.RuleModel.IContext;

namespace Campaign.Rules.Compilation;

/// <summary>
/// Compiles rule definitions into per-branch node plans: every condition, key, action and filter is rewritten
/// over the partial match and compiled to a delegate once; equality joins <c>a.X == b.Y</c> become hash indexes.
/// </summary>
internal sealed class RuleCompiler
{
    private static readonly HashSet<Type> HashableOperatorTypes =
    [
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(Guid), typeof(DateTimeOffset),
    ];

    private readonly Dictionary<object, int> _constantIds = new(ReferenceEqualityComparer.Instance);

    public List<RuleBranch> Compile(RuleDefinition rule)
    {
        var branches = new List<RuleBranch>();
        var alternatives = Expand(rule.LeftHandSide);
        foreach (var elements in alternatives)
        {
            branches.Add(CompileBranch(rule, elements, branches.Count));
        }

        return branches;
    }

    private static List<List<LhsElement>> Expand(GroupElement group)
    {
        if (group.IsOr)
        {
            var result = new List<List<LhsElement>>();
            foreach (var child in group.Children)
            {
                if (child is GroupElement nested)
                {
                    result.AddRange(Expand(nested));
                }
                else
                {
                    result.Add([child]);
                }
            }

            return result;
        }

        var product = new List<List<LhsElement>> { new() };
        foreach (var child in group.Children)
        {
            if (child is GroupElement nested)
            {
                var alternatives = Expand(nested);
                var next = new List<List<LhsElement>>();
                foreach (var prefix in product)
                {
                    foreach (var alternative in alternatives)
                    {
                        next.Add([.. prefix, .. alternative]);
                    }
                }

                product = next;
            }
            else
            {
                foreach (var prefix in product)
                {
                    prefix.Add(child);
                }
            }
        }

        return product;
    }

    private RuleBranch CompileBranch(RuleDefinition rule, List<LhsElement> elements, int index)
    {
        var branch = new RuleBranch(rule, index);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var level = 0;
        foreach (var element in elements)
        {
            switch (element)
            {
                case PatternElement pattern:
                    branch.Nodes.Add(CompilePattern(rule, pattern, positions, pattern.Kind switch
                    {
                        PatternKind.Not => PatternNodeKind.Not,
                        PatternKind.Exists => PatternNodeKind.Exists,
                        _ => PatternNodeKind.Join,
                    }, null, null));
                    level++;
                    if (pattern.Kind == PatternKind.Match)
                    {
                        Bind(rule, branch, positions, pattern.Declaration, level);
                    }

                    break;
                case QueryElement query:
                    branch.Nodes.Add(CompileQuery(rule, query, positions));
                    level++;
                    Bind(rule, branch, positions, query.Declaration, level);
                    break;
                case LetElement let:
                    {
                        var token = Expression.Parameter(typeof(Token), "t");
                        var body = Guard(rule, let.Expression, () => new AliasRewriter(rule, positions, token, null, "Let").Rewrite(let.Expression));
                        var compute = CompileLambda<Func<Token, object?>>(rule, let.Expression, Expression.Convert(body, typeof(object)), token);
                        branch.Nodes.Add(new LetPlan(compute, let.Expression));
                        level++;
                        Bind(rule, branch, positions, let.Declaration, level);
                        break;
                    }

                case HavingElement having:
                    {
                        var conditions = new List<Func<Token, bool>>();
                        foreach (var condition in having.Conditions)
                        {
                            var token = Expression.Parameter(typeof(Token), "t");
                            var body = Guard(rule, condition, () => new AliasRewriter(rule, positions, token, null, "Having").Rewrite(condition));
                            conditions.Add(CompileLambda<Func<Token, bool>>(rule, condition, body, token));
                        }

                        branch.Nodes.Add(new HavingPlan(conditions.ToArray(), having.Conditions.ToArray()));
                        level++;
                        break;
                    }

                default:
                    throw new RuleCompilationException(rule.Name, element.GetType().Name, new NotSupportedException($"unsupported element {element.GetType().Name}"));
            }
        }

        if (branch.Nodes.Count == 0)
        {
            throw new RuleCompilationException(rule.Name, "When()", new InvalidOperationException("the rule has no conditions (When() must match at least one pattern)"));
        }

        CompileActions(rule, branch, positions);
        return branch;
    }

    private static void Bind(RuleDefinition rule, RuleBranch branch, Dictionary<string, int> positions, Declaration declaration, int level)
    {
        if (!positions.TryAdd(declaration.Name, level))
        {
            throw new RuleCompilationException(rule.Name, declaration.Name, new InvalidOperationException($"'{declaration.Name}' is bound twice"));
        }

        branch.Bindings.Add((declaration, level));
    }

    private PatternPlan CompilePattern(RuleDefinition rule, PatternElement pattern, Dictionary<string, int> positions, PatternNodeKind kind, QueryPipeline? pipeline, LambdaExpression? queryExpression)
    {
        var factType = pattern.Declaration.Type;
        var fact = Expression.Parameter(typeof(object), "f");
        var token = Expression.Parameter(typeof(Token), "t");
        var typedFact = Expression.Convert(fact, factType);
        var alpha = new List<AlphaTestPlan>();
        var residuals = new List<Func<Token, object, bool>>();
        var residualExpressions = new List<LambdaExpression>();
        JoinIndexPlan? index = null;
        foreach (var condition in pattern.Conditions)
        {
            var body = Guard(rule, condition, () => new AliasRewriter(rule, positions, token, null, "condition " + condition).Rewrite(condition, pattern.Declaration.Name, typedFact));
            if (!ParameterUse.Uses(body, token))
            {
                var test = CompileLambda<Func<object, bool>>(rule, condition, body, fact);
                alpha.Add(new AlphaTestPlan(factType.FullName + ":" + SharingKey.For(body, _constantIds), test, condition)
                {
                    Hashed = TryHashConstant(rule, condition, body, fact, factType),
                });
                continue;
            }

            if (index is null && TryIndex(rule, condition, body, token, fact, out var plan))
            {
                index = plan;
                continue;
            }

            residuals.Add(CompileLambda<Func<Token, object, bool>>(rule, condition, body, token, fact));
            residualExpressions.Add(condition);
        }

        var label = (kind == PatternNodeKind.Join ? pattern.Declaration.Name + ": " : string.Empty) + factType.Name + (index is null ? string.Empty : " [" + index.Description + "]");
        return new PatternPlan(kind, factType, alpha, index ?? SingleBucketIndexPlan.Instance, residuals.ToArray(), residualExpressions.ToArray(), label)
        {
            Pipeline = pipeline,
            QueryExpression = queryExpression,
        };
    }

    private static bool TryIndex(RuleDefinition rule, LambdaExpression condition, Expression body, ParameterExpression token, ParameterExpression fact, out JoinIndexPlan? plan)
    {
        plan = null;
        if (body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || equal.Left.Type != equal.Right.Type)
        {
            return false;
        }

        Expression factSide, tokenSide;
        if (Only(equal.Left, fact, token) && Only(equal.Right, token, fact))
        {
            factSide = equal.Left;
            tokenSide = equal.Right;
        }
        else if (Only(equal.Right, fact, token) && Only(equal.Left, token, fact))
        {
            factSide = equal.Right;
            tokenSide = equal.Left;
        }
        else
        {
            return false;
        }

        var keyType = equal.Left.Type;
        var underlying = Nullable.GetUnderlyingType(keyType) ?? keyType;
        object comparer;
        if (equal.Method is null)
        {
            if (underlying == typeof(float) || underlying == typeof(double))
            {
                return false;
            }

            comparer = keyType.IsValueType
                ? typeof(EqualityComparer<>).MakeGenericType(keyType).GetProperty("Default")!.GetValue(null)!
                : ReferenceEqualityComparer.Instance;
        }
        else if (HashableOperatorTypes.Contains(underlying) && equal.Method.DeclaringType == underlying)
        {
            comparer = typeof(EqualityComparer<>).MakeGenericType(keyType).GetProperty("Default")!.GetValue(null)!;
        }
        else
        {
            return false;
        }

        var leftKey = CompileDynamic(rule, condition, typeof(Func<,>).MakeGenericType(typeof(Token), keyType), tokenSide, token);
        var rightKey = CompileDynamic(rule, condition, typeof(Func<,>).MakeGenericType(typeof(object), keyType), factSide, fact);
        plan = (JoinIndexPlan)Activator.CreateInstance(typeof(KeyIndexPlan<>).MakeGenericType(keyType), leftKey, rightKey, comparer, condition)!;
        return true;
    }

    private HashedTestPlan? TryHashConstant(RuleDefinition rule, LambdaExpression condition, Expression body, ParameterExpression fact, Type factType)
    {
        if (body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || equal.Left.Type != equal.Right.Type)
        {
            return null;
        }

        Expression field;
        ConstantExpression constant;
        if (ParameterUse.Uses(equal.Left, fact) && StripConvert(equal.Right) is ConstantExpression right)
        {
            field = equal.Left;
            constant = right;
        }
        else if (ParameterUse.Uses(equal.Right, fact) && StripConvert(equal.Left) is ConstantExpression left)
        {
            field = equal.Right;
            constant = left;
        }
        else
        {
            return null;
        }

        var keyType = equal.Left.Type;
        var underlying = Nullable.GetUnderlyingType(keyType) ?? keyType;
        var value = Expression.Lambda(ReferenceEquals(constant, StripConvert(equal.Right)) ? equal.Right : equal.Left).Compile().DynamicInvoke();
        var valueEquality = equal.Method is null
            ? keyType.IsValueType && underlying != typeof(float) && underlying != typeof(double)
            : HashableOperatorTypes.Contains(underlying) && equal.Method.DeclaringType == underlying;
        if (!valueEquality && !(equal.Method is null && value is null))
        {
            return null;
        }

        var selector = CompileDynamic(rule, condition, typeof(Func<,>).MakeGenericType(typeof(object), keyType), field, fact);
        var fieldKey = factType.FullName + ":" + SharingKey.For(field, _constantIds);
        return (HashedTestPlan)Activator.CreateInstance(typeof(HashedTestPlan<>).MakeGenericType(keyType), fieldKey, value, selector)!;
    }

    private static Expression StripConvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert } convert ? StripConvert(convert.Operand) : expression;

    private static bool Only(Expression expression, ParameterExpression uses, ParameterExpression notUses) =>
        ParameterUse.Uses(expression, uses) && !ParameterUse.Uses(expression, notUses);

    private NodePlan CompileQuery(RuleDefinition rule, QueryElement query, Dictionary<string, int> positions)
    {
        var model = query.Query;
        var stages = new List<QueryStage>(model.Stages);
        var label = Expression.Constant(query.Declaration.Name);
        var queryExpression = Expression.Lambda(label);
        if (model.Match is not null)
        {
            var pattern = model.Match;
            var pipeline = CompilePipeline(rule, stages, positions);
            return CompilePattern(rule, pattern, positions, PatternNodeKind.Aggregate, pipeline, queryExpression);
        }

        var from = model.From!;
        var token = Expression.Parameter(typeof(Token), "t");
        var body = Guard(rule, from, () => new AliasRewriter(rule, positions, token, null, "From").Rewrite(from));
        var source = CompileLambda<Func<Token, object?>>(rule, from, Expression.Convert(body, typeof(object)), token);
        return new FromPlan(source, CompilePipeline(rule, stages, positions), from);
    }

    private QueryPipeline CompilePipeline(RuleDefinition rule, List<QueryStage> stages, Dictionary<string, int> positions)
    {
        var before = new List<ElementStage>();
        var after = new List<ElementStage>();
        Aggregator? aggregator = null;
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            switch (stage.Kind)
            {
                case QueryStageKind.Where:
                case QueryStageKind.Select:
                case QueryStageKind.SelectMany:
                    (aggregator is null ? before : after).Add(new ElementStage(stage.Kind, ElementFunction(rule, stage.ElementName, stage.Expression!, positions)));
                    break;
                case QueryStageKind.Collect:
                    {
                        EnsureSingleAggregate(rule, aggregator);
                        var order = new List<(Func<Token, object?, object?>, bool)>();
                        while (i + 1 < stages.Count && stages[i + 1].Kind is QueryStageKind.OrderBy or QueryStageKind.OrderByDescending or QueryStageKind.ThenBy or QueryStageKind.ThenByDescending)
                        {
                            i++;
                            order.Add((ElementFunction(rule, stages[i].ElementName, stages[i].Expression!, positions), stages[i].Kind is QueryStageKind.OrderByDescending or QueryStageKind.ThenByDescending));
                        }

                        aggregator = (Aggregator)Activator.CreateInstance(typeof(CollectAggregator<>).MakeGenericType(stage.Types[0]), order)!;
                        break;
                    }

                case QueryStageKind.GroupBy:
                case QueryStageKind.ToLookup:
                    {
                        EnsureSingleAggregate(rule, aggregator);
                        var key = ElementFunction(rule, stage.ElementName, stage.Expression!, positions);
                        var element = stage.SecondExpression is null ? null : ElementFunction(rule, stage.ElementName, stage.SecondExpression, positions);
                        var generic = stage.Kind == QueryStageKind.GroupBy ? typeof(GroupByAggregator<,>) : typeof(LookupAggregator<,>);
                        aggregator = (Aggregator)Activator.CreateInstance(generic.MakeGenericType(stage.Types[1], stage.Types[2]), key, element)!;
                        break;
                    }

                default:
                    throw new RuleCompilationException(rule.Name, "query", new NotSupportedException($"query operator {stage.Kind} must follow Collect"));
            }
        }

        return new QueryPipeline(before.ToArray(), aggregator, after.ToArray());
    }

    private static void EnsureSingleAggregate(RuleDefinition rule, Aggregator? aggregator)
    {
        if (aggregator is not null)
        {
            throw new RuleCompilationException(rule.Name, "query", new NotSupportedException("a query may have only one aggregate (Collect, GroupBy or ToLookup)"));
        }
    }

    private static Func<Token, object?, object?> ElementFunction(RuleDefinition rule, string elementName, LambdaExpression lambda, Dictionary<string, int> positions)
    {
        var token = Expression.Parameter(typeof(Token), "t");
        var element = Expression.Parameter(typeof(object), "e");
        var body = Guard(rule, lambda, () => new AliasRewriter(rule, positions, token, null, "query " + lambda).Rewrite(lambda, elementName, element));
        return CompileLambda<Func<Token, object?, object?>>(rule, lambda, Expression.Convert(body, typeof(object)), token, element);
    }

    private static void CompileActions(RuleDefinition rule, RuleBranch branch, Dictionary<string, int> positions)
    {
        foreach (var action in rule.Actions)
        {
            var token = Expression.Parameter(typeof(Token), "t");
            var context = Expression.Parameter(typeof(IContext), "ctx");
            var rewriter = new AliasRewriter(rule, positions, token, context, "action " + action.Expression);
            var body = Guard(rule, action.Expression, () => rewriter.Rewrite(action.Expression));
            var compiled = CompileLambda<Action<IContext, Token>>(rule, action.Expression, body, context, token);
            branch.Actions.Add(new ActionPlan(compiled, action.Expression, action.Trigger));
        }

        foreach (var condition in rule.FilterConditions)
        {
            var token = Expression.Parameter(typeof(Token), "t");
            var body = Guard(rule, condition, () => new AliasRewriter(rule, positions, token, null, "filter").Rewrite(condition));
            branch.FilterConditions.Add(CompileLambda<Func<Token, bool>>(rule, condition, body, token));
            branch.FilterExpressions.Add(condition);
        }

        foreach (var key in rule.FilterKeys)
        {
            var token = Expression.Parameter(typeof(Token), "t");
            var body = Guard(rule, key, () => new AliasRewriter(rule, positions, token, null, "filter").Rewrite(key));
            branch.FilterKeys.Add(CompileLambda<Func<Token, object?>>(rule, key, Expression.Convert(body, typeof(object)), token));
            branch.FilterKeyExpressions.Add(key);
        }
    }

    private static Expression Guard(RuleDefinition rule, LambdaExpression source, Func<Expression> rewrite)
    {
        try
        {
            return rewrite();
        }
        catch (RuleCompilationException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new RuleCompilationException(rule.Name, source.ToString(), ex);
        }
    }

    private static TDelegate CompileLambda<TDelegate>(RuleDefinition rule, LambdaExpression source, Expression body, params ParameterExpression[] parameters)
        where TDelegate : Delegate
    {
        try
        {
            return Expression.Lambda<TDelegate>(body, parameters).Compile();
        }
        catch (Exception ex)
        {
            throw new RuleCompilationException(rule.Name, source.ToString(), ex);
        }
    }

    private static Delegate CompileDynamic(RuleDefinition rule, LambdaExpression source, Type delegateType, Expression body, params ParameterExpression[] parameters)
    {
        try
        {
            return Expression.Lambda(delegateType, body, parameters).Compile();
        }
        catch (Exception ex)
        {
            throw new RuleCompilationException(rule.Name, source.ToString(), ex);
        }
    }
}
