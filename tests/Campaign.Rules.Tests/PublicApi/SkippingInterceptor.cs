using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.PublicApi;

using NRules.Extensibility;
using NRules.RuleModel;

/// <summary>An action interceptor that logs each firing's rule and arguments and skips the actions of customer 2.</summary>
public sealed class SkippingInterceptor : IActionInterceptor
{
    public List<string> Log { get; } = new();

    public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
    {
        var customer = context.Match.Facts.Select(f => f.Value).OfType<Customer>().Single();
        Log.Add(context.Rule.Name + " " + customer + " actions=" + actions.Count + " args=" + string.Join(",", actions.SelectMany(a => a.Arguments).Where(a => a is not IContext)));
        if (customer.Id == 2)
        {
            return;
        }

        foreach (var action in actions)
        {
            action.Invoke();
        }
    }
}
