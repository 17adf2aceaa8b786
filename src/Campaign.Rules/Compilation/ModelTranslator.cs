using System.Linq.Expressions;
using M = NRules.RuleModel;

namespace Campaign.Rules.Compilation;

/// <summary>
/// Reads an NRules rule definition into the compiler's elements: patterns, Not/Exists (ForAll as a Not over the base
/// pattern and the negated conditions), bindings (Let/Having, From), query chains of nested aggregates (one query with
/// stages), filters, dependencies and actions with their triggers.
/// </summary>
internal static class ModelTranslator
{
    public static RuleDefinition Translate(M.IRuleDefinition source, AggregatorRegistry aggregators)
    {
        var rule = new RuleDefinition(source);
        if (source.LeftHandSide is not null)
        {
            AddChildren(rule, aggregators, rule.LeftHandSide, source.LeftHandSide);
        }

        if (source.DependencyGroup is not null)
        {
            foreach (var dependency in source.DependencyGroup.Dependencies)
            {
                rule.Dependencies[dependency.Declaration.Name] = new Declaration(dependency.Declaration);
            }
        }

        if (source.FilterGroup is not null)
        {
            foreach (var filter in source.FilterGroup.Filters)
            {
                (filter.FilterType == M.FilterType.KeyChange ? rule.FilterKeys : rule.FilterConditions).Add(filter.Expression);
            }
        }

        if (source.RightHandSide is not null)
        {
            foreach (var action in source.RightHandSide.Actions)
            {
                rule.Actions.Add(new ActionElement(action.ActionTrigger, action.Expression));
            }
        }

        return rule;
    }

    private static void AddChildren(RuleDefinition rule, AggregatorRegistry aggregators, GroupElement target, M.GroupElement source)
    {
        foreach (var child in source.ChildElements)
        {
            Add(rule, aggregators, target, child);
        }
    }

    private static void Add(RuleDefinition rule, AggregatorRegistry aggregators, GroupElement target, M.RuleElement element)
    {
        switch (element)
        {
            case M.AndElement and:
                if (target.IsOr)
                {
                    var group = new GroupElement(isOr: false);
                    AddChildren(rule, aggregators, group, and);
                    target.Children.Add(group);
                }
                else
                {
                    AddChildren(rule, aggregators, target, and);
                }

                break;
            case M.OrElement or:
                {
                    var group = new GroupElement(isOr: true);
                    AddChildren(rule, aggregators, group, or);
                    target.Children.Add(group);
                    break;
                }

            case M.PatternElement pattern:
                AddPattern(rule, aggregators, target, pattern);
                break;
            case M.NotElement not:
                target.Children.Add(Quantified(rule, PatternKind.Not, not.Source, "Not"));
                break;
            case M.ExistsElement exists:
                target.Children.Add(Quantified(rule, PatternKind.Exists, exists.Source, "Exists"));
                break;
            case M.ForAllElement forAll:
                target.Children.Add(ForAll(forAll));
                break;
            default:
                throw new RuleCompilationException(rule.Name, element.ElementType.ToString(), new NotSupportedException($"the element {element.ElementType} is not supported in a rule's left-hand side"));
        }
    }

    private static void AddPattern(RuleDefinition rule, AggregatorRegistry aggregators, GroupElement target, M.PatternElement pattern)
    {
        var declaration = new Declaration(pattern.Declaration);
        var conditions = Conditions(pattern);
        switch (pattern.Source)
        {
            case null:
                target.Children.Add(new PatternElement(PatternKind.Match, declaration, conditions));
                break;
            case M.BindingElement binding:
                target.Children.Add(new LetElement(declaration, binding.Expression));
                if (conditions.Count > 0)
                {
                    target.Children.Add(new HavingElement(conditions));
                }

                break;
            case M.AggregateElement:
                target.Children.Add(new QueryElement(declaration, Query(rule, aggregators, pattern)));
                break;
            default:
                throw new RuleCompilationException(rule.Name, pattern.Source.ElementType.ToString(), new NotSupportedException($"a pattern's source may be a binding or an aggregate, not {pattern.Source.ElementType}"));
        }
    }

    private static PatternElement Quantified(RuleDefinition rule, PatternKind kind, M.RuleElement source, string what)
    {
        if (source is M.PatternElement { Source: null } pattern)
        {
            return new PatternElement(kind, new Declaration(pattern.Declaration), Conditions(pattern));
        }

        throw new RuleCompilationException(rule.Name, what, new NotSupportedException(
            $"{what} over {source.ElementType} is not supported by the indexed runtime: {what} takes one pattern of facts (write the group as separate patterns, or as a query with a Having)"));
    }

    /// <summary>
    /// ForAll(base, patterns) holds when every fact matching the base pattern matches every pattern: no fact matches the
    /// base pattern and fails one of the patterns' conditions, i.e. Not(base conditions and not(all pattern conditions)).
    /// </summary>
    private static PatternElement ForAll(M.ForAllElement forAll)
    {
        var basePattern = forAll.BasePattern;
        var declaration = new Declaration(basePattern.Declaration);
        var conditions = Conditions(basePattern);
        Expression? all = null;
        var parameters = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        var self = Expression.Parameter(declaration.Type, declaration.Name);
        parameters[self.Name!] = self;
        foreach (var pattern in forAll.Patterns)
        {
            foreach (var condition in Conditions(pattern))
            {
                var body = ParameterRenamer.Rewrite(condition, pattern.Declaration.Name, self, parameters);
                all = all is null ? body : Expression.AndAlso(all, body);
            }
        }

        if (all is not null)
        {
            conditions.Add(Expression.Lambda(Expression.Not(all), parameters.Values));
        }

        return new PatternElement(PatternKind.Not, declaration, conditions);
    }

    private static List<LambdaExpression> Conditions(M.PatternElement pattern)
    {
        var conditions = new List<LambdaExpression>();
        foreach (var expression in pattern.Expressions)
        {
            if (expression.Name == M.PatternElement.ConditionName)
            {
                conditions.Add(expression.Expression);
            }
        }

        return conditions;
    }

    /// <summary>
    /// A query chain: the innermost pattern (facts, or a binding: From) with its conditions, then per aggregate one
    /// stage (Select, SelectMany, GroupBy, Collect with its ordering, ToLookup) followed by the conditions of the
    /// pattern over its results (Where).
    /// </summary>
    private static QueryModel Query(RuleDefinition rule, AggregatorRegistry aggregators, M.PatternElement result)
    {
        var chain = new List<M.PatternElement>();
        for (var pattern = result; ; pattern = ((M.AggregateElement)pattern.Source!).Source)
        {
            chain.Add(pattern);
            if (pattern.Source is not M.AggregateElement)
            {
                break;
            }
        }

        chain.Reverse();
        var model = new QueryModel();
        var innermost = chain[0];
        var innerDeclaration = new Declaration(innermost.Declaration);
        switch (innermost.Source)
        {
            case null:
                model.Match = new PatternElement(PatternKind.Match, innerDeclaration, Conditions(innermost));
                break;
            case M.BindingElement binding:
                model.From = binding.Expression;
                AddWhere(model, innermost);
                break;
            default:
                throw new RuleCompilationException(rule.Name, innermost.Source.ElementType.ToString(), new NotSupportedException($"a query starts with a pattern or From, not {innermost.Source.ElementType}"));
        }

        for (var i = 1; i < chain.Count; i++)
        {
            var aggregate = (M.AggregateElement)chain[i].Source!;
            var element = aggregate.Source.Declaration;
            AddAggregate(rule, aggregators, model, aggregate, element);
            AddWhere(model, chain[i]);
        }

        return model;
    }

    private static void AddWhere(QueryModel model, M.PatternElement pattern)
    {
        foreach (var condition in Conditions(pattern))
        {
            model.Stages.Add(new QueryStage(QueryStageKind.Where, pattern.Declaration.Name, condition, null, [pattern.Declaration.Type]));
        }
    }

    private static void AddAggregate(RuleDefinition rule, AggregatorRegistry aggregators, QueryModel model, M.AggregateElement aggregate, M.Declaration element)
    {
        var source = element.Type;
        var expressions = aggregate.Expressions;
        switch (aggregate.Name)
        {
            case M.AggregateElement.ProjectName:
                model.Stages.Add(new QueryStage(QueryStageKind.Select, element.Name, Single(expressions, M.AggregateElement.SelectorName), null, [source, aggregate.ResultType]));
                return;
            case M.AggregateElement.FlattenName:
                model.Stages.Add(new QueryStage(QueryStageKind.SelectMany, element.Name, Single(expressions, M.AggregateElement.SelectorName), null, [source, aggregate.ResultType]));
                return;
            case M.AggregateElement.GroupByName:
                {
                    var key = Single(expressions, M.AggregateElement.KeySelectorName);
                    var value = Single(expressions, M.AggregateElement.ElementSelectorName);
                    model.Stages.Add(new QueryStage(QueryStageKind.GroupBy, element.Name, key, value, [source, key.ReturnType, value.ReturnType]));
                    return;
                }

            case M.AggregateElement.CollectName when aggregate.CustomFactoryType is null:
                {
                    var key = expressions.FindSingleOrDefault(M.AggregateElement.KeySelectorName);
                    if (key is not null)
                    {
                        var value = Single(expressions, M.AggregateElement.ElementSelectorName);
                        model.Stages.Add(new QueryStage(QueryStageKind.ToLookup, element.Name, key.Expression, value, [source, key.Expression.ReturnType, value.ReturnType]));
                        return;
                    }

                    model.Stages.Add(new QueryStage(QueryStageKind.Collect, element.Name, null, null, [source]));
                    var first = true;
                    foreach (var order in expressions)
                    {
                        var descending = order.Name == M.AggregateElement.KeySelectorDescendingName;
                        if (!descending && order.Name != M.AggregateElement.KeySelectorAscendingName)
                        {
                            continue;
                        }

                        var kind = first
                            ? descending ? QueryStageKind.OrderByDescending : QueryStageKind.OrderBy
                            : descending ? QueryStageKind.ThenByDescending : QueryStageKind.ThenBy;
                        model.Stages.Add(new QueryStage(kind, element.Name, order.Expression, null, [source, order.Expression.ReturnType]));
                        first = false;
                    }

                    return;
                }

            default:
                var factory = aggregate.CustomFactoryType ?? aggregators.FactoryOf(aggregate.Name);
                throw new NotSupportedException(
                    $"Rule '{rule.Name}': the custom aggregate '{aggregate.Name}'{(factory is null ? string.Empty : $" ({factory.Name})")} cannot run on the indexed runtime (NRules' IAggregator API takes an AggregationContext that only NRules can create). " +
                    "Use Collect, GroupBy, Select (Project) or SelectMany (Flatten) with a Let/Having over the result, or compile this rule with NRules' RuleCompiler.");
        }
    }

    private static LambdaExpression Single(M.ExpressionCollection expressions, string name) =>
        expressions.FindSingleOrDefault(name)?.Expression ?? throw new InvalidOperationException($"the aggregate has no {name} expression");

    /// <summary>
    /// Rewrites a condition's body over shared parameters: its own pattern's parameter becomes <c>self</c>, every other
    /// parameter (a declaration it reads) the shared parameter of that name. Only the lambda's own parameters are
    /// replaced, so nested lambdas keep theirs.
    /// </summary>
    private sealed class ParameterRenamer : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, ParameterExpression> _map = new();

        private ParameterRenamer(LambdaExpression lambda, string selfName, ParameterExpression self, Dictionary<string, ParameterExpression> shared)
        {
            foreach (var parameter in lambda.Parameters)
            {
                if (parameter.Name == selfName)
                {
                    _map[parameter] = self;
                    continue;
                }

                if (!shared.TryGetValue(parameter.Name!, out var common))
                {
                    common = Expression.Parameter(parameter.Type, parameter.Name);
                    shared[parameter.Name!] = common;
                }

                _map[parameter] = common;
            }
        }

        public static Expression Rewrite(LambdaExpression lambda, string selfName, ParameterExpression self, Dictionary<string, ParameterExpression> shared) =>
            new ParameterRenamer(lambda, selfName, self, shared).Visit(lambda.Body);

        protected override Expression VisitParameter(ParameterExpression node) => _map.TryGetValue(node, out var mapped) ? mapped : node;
    }
}
