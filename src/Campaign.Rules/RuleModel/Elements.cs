using System.Linq.Expressions;
using System.Reflection;

namespace Campaign.Rules.RuleModel;

// The rule model: what the DSL records, free of runtime (network) types. Internal on purpose.

/// <summary>A named binding (pattern alias, query result, Let value or dependency).</summary>
internal sealed class Declaration
{
    public Declaration(string name, Type type, FieldInfo? field)
    {
        Name = name;
        Type = type;
        Field = field;
    }

    public string Name { get; }

    public Type Type { get; }

    public FieldInfo? Field { get; }

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

internal sealed class QueryStage
{
    public QueryStage(QueryStageKind kind, LambdaExpression? expression, LambdaExpression? secondExpression, Type[] types)
    {
        Kind = kind;
        Expression = expression;
        SecondExpression = secondExpression;
        Types = types;
    }

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

internal enum ActionKind
{
    Do,
    Undo,
    Yield,
}

internal sealed class ActionElement
{
    public ActionElement(ActionKind kind, LambdaExpression expression, LambdaExpression? update)
    {
        Kind = kind;
        Expression = expression;
        Update = update;
    }

    public ActionKind Kind { get; }

    public LambdaExpression Expression { get; }

    public LambdaExpression? Update { get; }
}

/// <summary>A rule as recorded from its DSL.</summary>
internal sealed class RuleDefinition : IRuleDefinition
{
    public RuleDefinition(string name, string description, int priority, RuleRepeatability repeatability, IReadOnlyList<string> tags, Type? ruleType)
    {
        Name = name;
        Description = description;
        Priority = priority;
        Repeatability = repeatability;
        Tags = tags;
        RuleType = ruleType;
    }

    public string Name { get; set; }

    public string Description { get; }

    public int Priority { get; set; }

    public RuleRepeatability Repeatability { get; }

    public IReadOnlyList<string> Tags { get; }

    public Type? RuleType { get; }

    public GroupElement LeftHandSide { get; } = new(isOr: false);

    public List<ActionElement> Actions { get; } = new();

    public List<Declaration> Dependencies { get; } = new();

    public List<LambdaExpression> FilterConditions { get; } = new();

    public List<LambdaExpression> FilterKeys { get; } = new();

    public Dictionary<FieldInfo, Declaration> Declarations { get; } = new();

    public override string ToString() => Name;
}

internal sealed class RuleSet : IRuleSet
{
    public RuleSet(string name) => Name = name;

    public string Name { get; }

    public List<IRuleDefinition> RuleList { get; } = new();

    public IReadOnlyList<IRuleDefinition> Rules => RuleList;
}
