namespace Campaign.Compliance;

/// <summary>
/// A rule that threw while it was evaluated (a condition) or fired (an action). The check goes on without it:
/// its other matches and every other rule still produce their findings.
/// </summary>
public sealed class RuleFailure
{
    /// <summary>Records a failure.</summary>
    /// <param name="ruleName">The engine rule's name (its class name unless it sets one).</param>
    /// <param name="ruleId">The compliance rule id, when the class declares one.</param>
    /// <param name="phase"><c>condition</c> or <c>action</c>.</param>
    /// <param name="message">The exception's message.</param>
    public RuleFailure(string ruleName, string? ruleId, string phase, string message)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(message);
        RuleName = ruleName;
        RuleId = ruleId;
        Phase = phase;
        Message = message;
    }

    /// <summary>The engine rule's name.</summary>
    public string RuleName { get; }

    /// <summary>The compliance rule id, when the class declares one with <see cref="Catalog.ComplianceRuleAttribute"/>.</summary>
    public string? RuleId { get; }

    /// <summary>Where it failed: <c>condition</c> (a test of the rule's patterns) or <c>action</c> (its Then part).</summary>
    public string Phase { get; }

    /// <summary>The exception's message.</summary>
    public string Message { get; }

    /// <summary>For example <c>MyRule (action): Object reference not set…</c>.</summary>
    public override string ToString() => $"{RuleName} ({Phase}): {Message}";
}
