using NRules.RuleModel;

namespace Campaign.Compliance.Checking;

/// <summary>The one place that turns rule definitions into a session factory of the runtime the options choose.</summary>
internal static class RuleRuntime
{
    public static NRules.ISessionFactory Compile(RuleEngine engine, IEnumerable<IRuleDefinition> rules) => engine switch
    {
        RuleEngine.Indexed => new Campaign.Rules.IndexedRuleCompiler().Compile(rules),
        RuleEngine.NRules => new NRules.RuleCompiler().Compile(rules),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown rule engine."),
    };
}
