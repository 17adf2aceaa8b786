using System.Linq.Expressions;
using Campaign.Rules.Agenda;
using Campaign.Rules.Rete;
using NRules.RuleModel;
using ActionTrigger = NRules.RuleModel.ActionTrigger;

namespace Campaign.Rules.Compilation;

/// <summary>One conjunctive branch of a rule (a rule with Or has several), compiled once per factory.</summary>
internal sealed class RuleBranch
{
    public RuleBranch(RuleDefinition definition, int index)
    {
        Definition = definition;
        Index = index;
    }

    public RuleDefinition Definition { get; }

    public int Index { get; }

    public List<NodePlan> Nodes { get; } = new();

    public List<ActionPlan> Actions { get; } = new();

    /// <summary>Whether an action runs when a fired match goes (an Undo).</summary>
    public bool HasDeactivatedActions
    {
        get
        {
            foreach (var action in Actions)
            {
                if ((action.Trigger & ActionTrigger.Deactivated) != 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public List<Func<Token, bool>> FilterConditions { get; } = new();

    public List<LambdaExpression> FilterExpressions { get; } = new();

    public List<Func<Token, object?>> FilterKeys { get; } = new();

    public List<LambdaExpression> FilterKeyExpressions { get; } = new();

    /// <summary>The named bindings with their token levels, in binding order (for events).</summary>
    public List<(Declaration Declaration, int Level)> Bindings { get; } = new();

    /// <summary>The facts of a full match, one per binding, as NRules reports them.</summary>
    public List<IFactMatch> FactsOf(Token match)
    {
        var facts = new List<IFactMatch>(Bindings.Count);
        foreach (var (declaration, level) in Bindings)
        {
            var token = match;
            while (token.Level > level)
            {
                token = token.Parent!;
            }

            facts.Add(new MatchedFact(declaration.Source, token.Fact is { } fact ? fact.Object : token.StoredValue, token.Fact));
        }

        return facts;
    }
}

internal sealed class ActionPlan
{
    public ActionPlan(Action<IContext, Token> action, LambdaExpression expression, ActionTrigger trigger)
    {
        Action = action;
        Expression = expression;
        Trigger = trigger;
    }

    /// <summary>When the action runs: on first firing, on re-firing after an update, when the match goes.</summary>
    public ActionTrigger Trigger { get; }

    public Action<IContext, Token> Action { get; }

    public LambdaExpression Expression { get; }
}

internal abstract class NodePlan
{
}

internal sealed class AlphaTestPlan
{
    public AlphaTestPlan(string key, Func<object, bool> test, LambdaExpression expression)
    {
        Key = key;
        Test = test;
        Expression = expression;
    }

    public string Key { get; }

    public Func<object, bool> Test { get; }

    public LambdaExpression Expression { get; }

    /// <summary>Set when the test is <c>field == constant</c>: served by a hashed selection node.</summary>
    public HashedTestPlan? Hashed { get; init; }
}

internal enum PatternNodeKind
{
    Join,
    Not,
    Exists,
    Aggregate,
}

internal sealed class PatternPlan : NodePlan
{
    public PatternPlan(PatternNodeKind kind, Type factType, List<AlphaTestPlan> alphaTests, JoinIndexPlan index, Func<Token, object, bool>[] residuals, LambdaExpression[] residualExpressions, string label)
    {
        Kind = kind;
        FactType = factType;
        AlphaTests = alphaTests;
        Index = index;
        Residuals = residuals;
        ResidualExpressions = residualExpressions;
        Label = label;
    }

    public PatternNodeKind Kind { get; }

    public Type FactType { get; }

    public List<AlphaTestPlan> AlphaTests { get; }

    public JoinIndexPlan Index { get; }

    public Func<Token, object, bool>[] Residuals { get; }

    public LambdaExpression[] ResidualExpressions { get; }

    public string Label { get; }

    public QueryPipeline? Pipeline { get; init; }

    public LambdaExpression? QueryExpression { get; init; }
}

internal sealed class FromPlan : NodePlan
{
    public FromPlan(Func<Token, object?> source, QueryPipeline pipeline, LambdaExpression expression)
    {
        Source = source;
        Pipeline = pipeline;
        Expression = expression;
    }

    public Func<Token, object?> Source { get; }

    public QueryPipeline Pipeline { get; }

    public LambdaExpression Expression { get; }
}

internal sealed class LetPlan : NodePlan
{
    public LetPlan(Func<Token, object?> compute, LambdaExpression expression)
    {
        Compute = compute;
        Expression = expression;
    }

    public Func<Token, object?> Compute { get; }

    public LambdaExpression Expression { get; }
}

internal sealed class HavingPlan : NodePlan
{
    public HavingPlan(Func<Token, bool>[] conditions, LambdaExpression[] expressions)
    {
        Conditions = conditions;
        Expressions = expressions;
    }

    public Func<Token, bool>[] Conditions { get; }

    public LambdaExpression[] Expressions { get; }
}
