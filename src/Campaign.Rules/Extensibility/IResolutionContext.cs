using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Extensibility;

/// <summary>Who asks for a service: the session and the rule being fired.</summary>
public interface IResolutionContext
{
    /// <summary>The session.</summary>
    ISession Session { get; }

    /// <summary>The rule being fired.</summary>
    IRuleDefinition Rule { get; }
}
