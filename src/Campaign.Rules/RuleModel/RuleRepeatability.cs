namespace Campaign.Rules.RuleModel;

/// <summary>Whether a rule fires again when the facts of an activation it already fired for are updated.</summary>
public enum RuleRepeatability
{
    /// <summary>The rule fires again after an update of a fired activation (the default).</summary>
    Repeatable = 0,

    /// <summary>The rule fires at most once per activation, however often its facts are updated.</summary>
    NonRepeatable = 1,
}
