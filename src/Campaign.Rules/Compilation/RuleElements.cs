using System.Linq.Expressions;
using NRules.RuleModel;

namespace Campaign.Rules.Compilation;

// The compiler's view of an NRules rule: its left-hand side flattened into the element kinds the network is built
// from (a query chain of nested aggregates becomes one query with stages). Lambdas keep NRules' parameters, which are
// named after the declarations they read.

/// <summary>A named binding (pattern, query result, binding value or dependency).</summary>
internal sealed class Declaration
{
    public Declaration(NRules.RuleModel.Declaration source)
    {
        Source = source;
        Name = source.Name;
        Type = source.Type;
    }

    /// <summary>NRules' declaration (what a match reports for the bound fact).</summary>
    public NRules.RuleModel.Declaration Source { get; }

    public string Name { get; }

    public Type Type { get; }

    public override string ToString() => Name;
}

internal abstract class LhsElement
{
}

internal enum PatternKind
{
    Match,
    Not,
    Exists,
}

internal sealed class PatternElement : LhsElement
{
    public PatternElement(PatternKind kind, Declaration declaration, IReadOnlyList<LambdaExpression> conditions)
    {
        Kind = kind;
        Declaration = declaration;
        Conditions = conditions;
    }

    public PatternKind Kind { get; }

    public Declaration Declaration { get; }

    public IReadOnlyList<LambdaExpression> Conditions { get; }
}

internal sealed class LetElement : LhsElement
{
    public LetElement(Declaration declaration, LambdaExpression expression)
    {
        Declaration = declaration;
        Expression = expression;
    }

    public Declaration Declaration { get; }

    public LambdaExpression Expression { get; }
}

internal sealed class HavingElement : LhsElement
{
    public HavingElement(IReadOnlyList<LambdaExpression> conditions) => Conditions = conditions;

    public IReadOnlyList<LambdaExpression> Conditions { get; }
}

internal sealed class GroupElement : LhsElement
{
    public GroupElement(bool isOr) => IsOr = isOr;

    public bool IsOr { get; }

    public List<LhsElement> Children { get; } = new();
}

/// <summary>A query stage's operator.</summary>
internal enum QueryStageKind
{
    Where,
    Select,
    SelectMany,
    GroupBy,
    Collect,
    ToLookup,
    OrderBy,
    OrderByDescending,
    ThenBy,
    ThenByDescending,
}

/// <summary>A query stage; <see cref="ElementName"/> names the lambda parameter that receives the element.</summary>
internal sealed class QueryStage
{
    public QueryStage(QueryStageKind kind, string elementName, LambdaExpression? expression, LambdaExpression? secondExpression, Type[] types)
    {
        Kind = kind;
        ElementName = elementName;
        Expression = expression;
        SecondExpression = secondExpression;
        Types = types;
    }

    public string ElementName { get; }

    public QueryStageKind Kind { get; }

    public LambdaExpression? Expression { get; }

    public LambdaExpression? SecondExpression { get; }

    /// <summary>Generic arguments of the operator (source, key, element...).</summary>
    public Type[] Types { get; }
}

internal sealed class QueryModel
{
    public PatternElement? Match { get; set; }

    public LambdaExpression? From { get; set; }

    public List<QueryStage> Stages { get; } = new();
}

internal sealed class QueryElement : LhsElement
{
    public QueryElement(Declaration declaration, QueryModel query)
    {
        Declaration = declaration;
        Query = query;
    }

    public Declaration Declaration { get; }

    public QueryModel Query { get; }
}

internal sealed class ActionElement
{
    public ActionElement(ActionTrigger trigger, LambdaExpression expression)
    {
        Trigger = trigger;
        Expression = expression;
    }

    public ActionTrigger Trigger { get; }

    public LambdaExpression Expression { get; }
}

/// <summary>An NRules rule as the compiler sees it.</summary>
internal sealed class RuleDefinition
{
    public RuleDefinition(IRuleDefinition source)
    {
        Source = source;
        Name = source.Name;
        Priority = source.Priority;
        Repeatability = source.Repeatability;
    }

    /// <summary>The NRules rule definition (what events, the context and agenda filters see).</summary>
    public IRuleDefinition Source { get; }

    public string Name { get; }

    public int Priority { get; }

    public RuleRepeatability Repeatability { get; }

    public GroupElement LeftHandSide { get; } = new(isOr: false);

    public List<ActionElement> Actions { get; } = new();

    public Dictionary<string, Declaration> Dependencies { get; } = new(StringComparer.Ordinal);

    public List<LambdaExpression> FilterConditions { get; } = new();

    public List<LambdaExpression> FilterKeys { get; } = new();

    public override string ToString() => Name;
}
