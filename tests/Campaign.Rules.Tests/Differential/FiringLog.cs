using System.Collections;
using System.Globalization;
using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.Differential;

using NRules.Extensibility;
using NRules.RuleModel;

/// <summary>
/// The firings of one session, each as the rule's name and its match (declaration = rendered value, in the match's
/// order), read from <see cref="IContext.Match"/>; given to the rules through the dependency resolver.
/// </summary>
public sealed class FiringLog : IDependencyResolver
{
    public List<string> Entries { get; } = new();

    public void Record(IContext context)
    {
        var facts = context.Match.Facts.Select(f => f.Declaration.Name + "=" + Render(f.Value));
        Entries.Add(context.Rule.Name + "(" + string.Join(", ", facts) + ")");
    }

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(FiringLog) ? this : throw new InvalidOperationException("Unknown service " + serviceType);

    /// <summary>A fact or aggregate as text: facts by identity and state, collections in their order.</summary>
    public static string Render(object? value) => value switch
    {
        null => "null",
        Customer c => "C" + c.Id + (c.IsVip ? "*" : string.Empty),
        Order o => "O" + o.Id + "{c" + o.CustomerId + ",a" + o.Amount.ToString(CultureInfo.InvariantCulture) + (o.IsOpen ? ",open" : ",closed") + "}",
        Alert a => "Alert(" + a.Text + ")",
        IGrouping<int, Order> g => "G" + g.Key + "[" + string.Join(",", g.Select(Render)) + "]",
        string s => s,
        IEnumerable e => "[" + string.Join(",", e.Cast<object>().Select(Render)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
