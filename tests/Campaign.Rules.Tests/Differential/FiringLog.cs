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
    /// <summary>Opens a log.</summary>
    /// <param name="inAnyOrder">Render the elements of collections sorted, so that only their contents are compared.</param>
    public FiringLog(bool inAnyOrder = false) => InAnyOrder = inAnyOrder;

    public bool InAnyOrder { get; }

    public List<string> Entries { get; } = new();

    public void Record(IContext context)
    {
        var facts = context.Match.Facts.Select(f => f.Declaration.Name + "=" + Render(f.Value, InAnyOrder));
        Entries.Add(context.Rule.Name + "(" + string.Join(", ", facts) + ")");
    }

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(FiringLog) ? this : throw new InvalidOperationException("Unknown service " + serviceType);

    /// <summary>A fact or aggregate as text: facts by identity and state, collections in their order.</summary>
    public static string Render(object? value) => Render(value, inAnyOrder: false);

    /// <summary>A fact or aggregate as text; with <paramref name="inAnyOrder"/>, a collection's elements sorted.</summary>
    public static string Render(object? value, bool inAnyOrder) => value switch
    {
        null => "null",
        Customer c => "C" + c.Id + (c.IsVip ? "*" : string.Empty),
        Order o => "O" + o.Id + "{c" + o.CustomerId + ",a" + o.Amount.ToString(CultureInfo.InvariantCulture) + (o.IsOpen ? ",open" : ",closed") + "}",
        Alert a => "Alert(" + a.Text + ")",
        IGrouping<int, Order> g => "G" + g.Key + Elements(g, inAnyOrder),
        string s => s,
        IEnumerable e => Elements(e, inAnyOrder),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Elements(IEnumerable elements, bool inAnyOrder)
    {
        var rendered = elements.Cast<object>().Select(Render);
        return "[" + string.Join(",", inAnyOrder ? rendered.Order(StringComparer.Ordinal) : rendered) + "]";
    }
}
