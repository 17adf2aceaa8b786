using Campaign.Rules.Compilation;
using NRules.Extensibility;
using NRules.RuleModel;

namespace Campaign.Rules.Agenda;

/// <summary>One action of a firing, as an action interceptor sees it: its arguments and a way to run it.</summary>
internal sealed class ActionInvocation : IActionInvocation
{
    private readonly Session _session;
    private readonly Activation _activation;
    private readonly ActionPlan _plan;

    public ActionInvocation(Session session, Activation activation, ActionPlan plan, ActionTrigger trigger)
    {
        _session = session;
        _activation = activation;
        _plan = plan;
        Trigger = trigger;
    }

    public ActionTrigger Trigger { get; }

    public IReadOnlyList<object?> Arguments
    {
        get
        {
            var facts = _activation.Branch.FactsOf(_activation);
            var arguments = new object?[facts.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = facts[i].Value;
            }

            return arguments;
        }
    }

    public void Invoke() => _session.RunAction(_activation, _plan);
}
