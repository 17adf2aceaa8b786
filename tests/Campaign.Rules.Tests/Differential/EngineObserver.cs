using Campaign.Rules.Diagnostics;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// Watches a session through its public events: the activations that exist (created and not yet deleted) and the
/// activations fired, each written the same way as the oracle writes its matches.
/// </summary>
internal sealed class EngineObserver
{
    private readonly Dictionary<string, int> _live = new(StringComparer.Ordinal);

    public EngineObserver(ISession session)
    {
        session.Events.ActivationCreatedEvent += (_, e) => Add(Describe(e).Key, 1);
        session.Events.ActivationDeletedEvent += (_, e) => Add(Describe(e).Key, -1);
        session.Events.RuleFiringEvent += (_, e) => Fired.Add(Describe(e));
    }

    public List<(string Key, string Content)> Fired { get; } = new();

    /// <summary>Keys of the live activations; a key counted twice (or below zero) shows as such.</summary>
    public IEnumerable<string> LiveKeys()
    {
        foreach (var pair in _live)
        {
            if (pair.Value != 0)
            {
                yield return pair.Value == 1 ? pair.Key : $"{pair.Key} x{pair.Value}";
            }
        }
    }

    public static (string Key, string Content) Describe(AgendaEventArgs e)
    {
        var parts = new List<string>();
        string? elements = null;
        string? value = null;
        foreach (IFact fact in e.Facts)
        {
            switch (fact.Value)
            {
                case Customer or Order:
                    parts.Add(Render.Part(fact.Value));
                    break;
                case IGrouping<int, Order> group:
                    parts.Add("G" + group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    elements = Render.Elements(group);
                    break;
                case IEnumerable<Order> orders:
                    elements = Render.Elements(orders);
                    break;
                case int number:
                    value = "V" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected bound value {fact.Value} in {e.Rule.Name}.");
            }
        }

        var key = Render.Key(e.Rule.Name, parts);
        var content = key + (elements is null ? string.Empty : "|" + elements) + (value is null ? string.Empty : "|" + value);
        return (key, content);
    }

    private void Add(string key, int delta)
    {
        _live.TryGetValue(key, out var count);
        _live[key] = count + delta;
    }
}
