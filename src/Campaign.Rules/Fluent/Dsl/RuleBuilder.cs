using System.Linq.Expressions;
using System.Reflection;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Fluent.Dsl;

/// <summary>Records the DSL calls of one rule's <c>Define()</c> into a <see cref="RuleDefinition"/>.</summary>
internal sealed class RuleBuilder : IRightHandSideExpression, IDependencyExpression, IFilterExpression
{
    private int _anonymous;

    public RuleBuilder(RuleDefinition definition)
    {
        Definition = definition;
        Lhs = new LhsExpression(this, definition.LeftHandSide);
    }

    public RuleDefinition Definition { get; }

    public LhsExpression Lhs { get; }

    public Declaration DeclareAlias(LambdaExpression alias)
    {
        if (alias.Body is MemberExpression { Member: FieldInfo field })
        {
            if (Definition.Declarations.TryGetValue(field, out var existing))
            {
                return existing;
            }

            var declaration = new Declaration(field.Name, alias.Body.Type, field);
            Definition.Declarations.Add(field, declaration);
            return declaration;
        }

        throw new RuleDefinitionException(Definition.Name, $"the alias {alias} must be a local variable captured as () => variable", null);
    }

    public Declaration DeclareAnonymous(Type type) => new("$" + (++_anonymous).ToString(System.Globalization.CultureInfo.InvariantCulture), type, null);

    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        Definition.Actions.Add(new ActionElement(ActionKind.Do, action, null));
        return this;
    }

    public IRightHandSideExpression Undo(Expression<Action<IContext>> action)
    {
        Definition.Actions.Add(new ActionElement(ActionKind.Undo, action, null));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<TFact>> yield)
        where TFact : notnull
    {
        Definition.Actions.Add(new ActionElement(ActionKind.Yield, yield, null));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<TFact>> yieldInsert, Expression<Func<TFact, TFact>> yieldUpdate)
        where TFact : notnull
    {
        Definition.Actions.Add(new ActionElement(ActionKind.Yield, yieldInsert, yieldUpdate));
        return this;
    }

    public IDependencyExpression Resolve<TDependency>(Expression<Func<TDependency>> alias)
    {
        var declaration = DeclareAlias(alias);
        Definition.Dependencies.Add(declaration);
        return this;
    }

    public IFilterExpression OnChange(params Expression<Func<object>>[] keySelectors)
    {
        Definition.FilterKeys.AddRange(keySelectors);
        return this;
    }

    public IFilterExpression Where(params Expression<Func<bool>>[] predicates)
    {
        Definition.FilterConditions.AddRange(predicates);
        return this;
    }
}

/// <summary>Records left-hand side elements into one group.</summary>
internal sealed class LhsExpression : ILeftHandSideExpression
{
    private readonly RuleBuilder _builder;
    private readonly GroupElement _group;

    public LhsExpression(RuleBuilder builder, GroupElement group)
    {
        _builder = builder;
        _group = group;
    }

    public ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        _group.Children.Add(new PatternElement(PatternKind.Match, _builder.DeclareAlias(alias), conditions));
        return this;
    }

    public ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        _group.Children.Add(new PatternElement(PatternKind.Match, _builder.DeclareAnonymous(typeof(TFact)), conditions));
        return this;
    }

    public ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        _group.Children.Add(new PatternElement(PatternKind.Exists, _builder.DeclareAnonymous(typeof(TFact)), conditions));
        return this;
    }

    public ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        _group.Children.Add(new PatternElement(PatternKind.Not, _builder.DeclareAnonymous(typeof(TFact)), conditions));
        return this;
    }

    public ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions)
    {
        // All(base, c...) == Not(base && !(c1 && c2 ...)).
        var list = new List<LambdaExpression> { baseCondition };
        if (conditions.Length > 0)
        {
            var parameter = baseCondition.Parameters[0];
            Expression? all = null;
            foreach (var condition in conditions)
            {
                var body = new ParameterReplacer(condition.Parameters[0], parameter).Visit(condition.Body);
                all = all is null ? body : Expression.AndAlso(all, body);
            }

            list.Add(Expression.Lambda<Func<TFact, bool>>(Expression.Not(all!), parameter));
        }

        _group.Children.Add(new PatternElement(PatternKind.Not, _builder.DeclareAnonymous(typeof(TFact)), list));
        return this;
    }

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> queryAction)
    {
        var declaration = _builder.DeclareAlias(alias);
        var start = new QueryStart();
        var result = queryAction(start);
        var model = result is IModelHolder holder ? holder.Model : start.Model;
        if (model.Match is null && model.From is null)
        {
            throw new RuleDefinitionException(_builder.Definition.Name, $"the query for '{declaration.Name}' must start with Match or From", null);
        }

        _group.Children.Add(new QueryElement(declaration, model));
        return this;
    }

    public ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression)
    {
        _group.Children.Add(new LetElement(_builder.DeclareAlias(alias), expression));
        return this;
    }

    public ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions)
    {
        _group.Children.Add(new HavingElement(conditions));
        return this;
    }

    public ILeftHandSideExpression And(Action<ILeftHandSideExpression> builder)
    {
        var group = new GroupElement(isOr: false);
        builder(new LhsExpression(_builder, group));
        _group.Children.Add(group);
        return this;
    }

    public ILeftHandSideExpression Or(Action<ILeftHandSideExpression> builder)
    {
        var group = new GroupElement(isOr: true);
        builder(new LhsExpression(_builder, group));
        _group.Children.Add(group);
        return this;
    }
}

internal sealed class ParameterReplacer : ExpressionVisitor
{
    private readonly ParameterExpression _from;
    private readonly Expression _to;

    public ParameterReplacer(ParameterExpression from, Expression to)
    {
        _from = from;
        _to = to;
    }

    protected override Expression VisitParameter(ParameterExpression node) => node == _from ? _to : node;
}
