using System.Globalization;
using System.Text;

namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// The oracle: every rule of <c>DifferentialRules.cs</c> re-evaluated from scratch over all current facts with plain
/// loops, and an agenda kept by the semantics of engine.md (not by the engine's algorithm):
/// a new match is a pending activation; a match that goes is deleted; a match that still holds after an update that
/// touched it (one of its bound facts, or its aggregate's elements changed or one of them was updated) becomes pending
/// again if it had fired and the rule is Repeatable, stays fired if NonRepeatable, and keeps its place if pending.
/// A match that goes and comes back (Not 0→1→0) is a new activation.
/// </summary>
internal sealed class BruteForceMatcher
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public static IReadOnlyList<OracleRule> Rules { get; } =
    [
        new("R01-JoinEq", 0, true, JoinEq),
        new("R02-JoinEqResidual", 5, false, JoinEqResidual),
        new("R03-JoinNonEq", -1, true, JoinNonEq),
        new("R04-Not", 0, true, Not),
        new("R05-NotNonEq", 3, false, NotNonEq),
        new("R06-Exists", 2, true, Exists),
        new("R07-ExistsMutableKey", 0, false, ExistsMutableKey),
        new("R08-Collect", 0, true, Collect),
        new("R09-CollectFiltered", 1, false, CollectFiltered),
        new("R10-GroupBy", 0, true, GroupBy),
        new("R11-SelfJoin", 0, true, SelfJoin),
        new("R12-LargestOrder", 1, true, LargestOrder),
        new("R13-SameRegion", 0, false, SameRegion),
        new("R14-Having", 0, true, Having),
        new("R15-Let", -2, true, Let),
    ];

    /// <summary>The keys of all current matches (the activations that exist, pending or fired).</summary>
    public IReadOnlyCollection<string> MatchKeys => _entries.Keys;

    /// <summary>The pending activations: key → (content, priority).</summary>
    public IEnumerable<(string Key, string Content, int Priority)> Pending()
    {
        foreach (var pair in _entries)
        {
            if (!pair.Value.Fired)
            {
                yield return (pair.Key, pair.Value.Match.Content, pair.Value.Rule.Priority);
            }
        }
    }

    public bool IsPending(string key) => _entries.TryGetValue(key, out var entry) && !entry.Fired;

    public string ContentOf(string key) => _entries[key].Match.Content;

    public int PriorityOf(string key) => _entries[key].Rule.Priority;

    public void MarkFired(string key) => _entries[key].Fired = true;

    /// <summary>Recomputes every match after an operation; <paramref name="updated"/> are the facts the operation updated.</summary>
    public void Apply(World world, IReadOnlyCollection<object> updated)
    {
        var next = new Dictionary<string, (OracleRule Rule, OracleMatch Match)>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            foreach (var match in rule.Matches(world))
            {
                next.Add(match.Key, (rule, match));
            }
        }

        foreach (var key in _entries.Keys.ToList())
        {
            if (!next.ContainsKey(key))
            {
                _entries.Remove(key);
            }
        }

        foreach (var (key, (rule, match)) in next)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                _entries.Add(key, new Entry(rule, match));
                continue;
            }

            var touched = !SameElements(entry.Match.Elements, match.Elements);
            foreach (var fact in updated)
            {
                touched |= match.Bound.Contains(fact) || match.Elements.Contains(fact) || entry.Match.Elements.Contains(fact);
            }

            if (touched && entry.Fired && rule.Repeatable)
            {
                entry.Fired = false;
            }

            entry.Match = match;
        }
    }

    private static bool SameElements(IReadOnlyCollection<object> a, IReadOnlyCollection<object> b) =>
        a.Count == b.Count && a.All(b.Contains);

    private static IEnumerable<OracleMatch> JoinEq(World w)
    {
        foreach (var c in w.Customers)
        {
            foreach (var o in w.Orders)
            {
                if (o.CustomerId == c.Id)
                {
                    yield return Facts("R01-JoinEq", c, o);
                }
            }
        }
    }

    private static IEnumerable<OracleMatch> JoinEqResidual(World w)
    {
        foreach (var c in w.Customers)
        {
            foreach (var o in w.Orders)
            {
                if (c.Level >= 1 && o.CustomerId == c.Id && o.Amount > c.Level * 2)
                {
                    yield return Facts("R02-JoinEqResidual", c, o);
                }
            }
        }
    }

    private static IEnumerable<OracleMatch> JoinNonEq(World w)
    {
        foreach (var c in w.Customers)
        {
            foreach (var o in w.Orders)
            {
                if (c.Region == 0 && o.Amount <= c.Level * 3)
                {
                    yield return Facts("R03-JoinNonEq", c, o);
                }
            }
        }
    }

    private static IEnumerable<OracleMatch> Not(World w)
    {
        foreach (var c in w.Customers)
        {
            if (!w.Orders.Any(x => x.CustomerId == c.Id && x.Amount >= 3))
            {
                yield return Facts("R04-Not", c);
            }
        }
    }

    private static IEnumerable<OracleMatch> NotNonEq(World w)
    {
        foreach (var c in w.Customers)
        {
            if (c.Region == 1 && !w.Orders.Any(x => x.Amount > c.Level * 3))
            {
                yield return Facts("R05-NotNonEq", c);
            }
        }
    }

    private static IEnumerable<OracleMatch> Exists(World w)
    {
        foreach (var c in w.Customers)
        {
            if (w.Orders.Any(x => x.CustomerId == c.Id))
            {
                yield return Facts("R06-Exists", c);
            }
        }
    }

    private static IEnumerable<OracleMatch> ExistsMutableKey(World w)
    {
        foreach (var c in w.Customers)
        {
            if (w.Orders.Any(x => x.Amount == c.Level && x.CustomerId != c.Id))
            {
                yield return Facts("R07-ExistsMutableKey", c);
            }
        }
    }

    private static IEnumerable<OracleMatch> Collect(World w)
    {
        foreach (var c in w.Customers)
        {
            yield return Aggregate("R08-Collect", c, null, w.Orders.Where(x => x.CustomerId == c.Id));
        }
    }

    private static IEnumerable<OracleMatch> CollectFiltered(World w)
    {
        foreach (var c in w.Customers)
        {
            if (c.Level > 0)
            {
                yield return Aggregate("R09-CollectFiltered", c, null, w.Orders.Where(x => x.Amount > 4 && x.CustomerId == c.Id));
            }
        }
    }

    private static IEnumerable<OracleMatch> GroupBy(World w)
    {
        foreach (var c in w.Customers)
        {
            foreach (var group in w.Orders.Where(x => x.CustomerId == c.Id).GroupBy(x => x.Amount % 3))
            {
                yield return Aggregate("R10-GroupBy", c, group.Key, group);
            }
        }
    }

    private static IEnumerable<OracleMatch> SelfJoin(World w)
    {
        foreach (var c in w.Customers)
        {
            foreach (var first in w.Orders)
            {
                foreach (var second in w.Orders)
                {
                    if (first.CustomerId == c.Id && second.CustomerId == c.Id && second.Amount > first.Amount)
                    {
                        yield return Facts("R11-SelfJoin", c, first, second);
                    }
                }
            }
        }
    }

    private static IEnumerable<OracleMatch> LargestOrder(World w)
    {
        foreach (var c in w.Customers)
        {
            foreach (var o in w.Orders)
            {
                if (o.CustomerId == c.Id && !w.Orders.Any(x => x.CustomerId == c.Id && x.Amount > o.Amount))
                {
                    yield return Facts("R12-LargestOrder", c, o);
                }
            }
        }
    }

    private static IEnumerable<OracleMatch> SameRegion(World w)
    {
        foreach (var a in w.Customers)
        {
            foreach (var b in w.Customers)
            {
                if (b.Region == a.Region && b.Id > a.Id)
                {
                    yield return Facts("R13-SameRegion", a, b);
                }
            }
        }
    }

    private static IEnumerable<OracleMatch> Having(World w)
    {
        foreach (var c in w.Customers)
        {
            foreach (var o in w.Orders)
            {
                if (o.CustomerId == c.Id && o.Amount + c.Level > 6)
                {
                    yield return Facts("R14-Having", c, o);
                }
            }
        }
    }

    private static IEnumerable<OracleMatch> Let(World w)
    {
        foreach (var o in w.Orders)
        {
            var doubled = o.Amount * 2;
            if (doubled > 8)
            {
                var key = Render.Key("R15-Let", [Render.Part(o)]);
                yield return new OracleMatch(key, key + "|V" + doubled.ToString(CultureInfo.InvariantCulture), [o], []);
            }
        }
    }

    private static OracleMatch Facts(string rule, params object[] facts)
    {
        var parts = new List<string>();
        foreach (var fact in facts)
        {
            parts.Add(Render.Part(fact));
        }

        var key = Render.Key(rule, parts);
        return new OracleMatch(key, key, facts, []);
    }

    private static OracleMatch Aggregate(string rule, Customer c, int? groupKey, IEnumerable<Order> elements)
    {
        var parts = new List<string> { Render.Part(c) };
        if (groupKey is not null)
        {
            parts.Add("G" + groupKey.Value.ToString(CultureInfo.InvariantCulture));
        }

        var list = elements.ToList();
        var key = Render.Key(rule, parts);
        return new OracleMatch(key, key + "|" + Render.Elements(list), [c], list);
    }

    private sealed class Entry
    {
        public Entry(OracleRule rule, OracleMatch match)
        {
            Rule = rule;
            Match = match;
        }

        public OracleRule Rule { get; }

        public OracleMatch Match { get; set; }

        public bool Fired { get; set; }
    }
}

/// <summary>A rule's brute-force twin: its name, priority, repeatability and matcher.</summary>
internal sealed record OracleRule(string Name, int Priority, bool Repeatable, Func<World, IEnumerable<OracleMatch>> Matches);

/// <summary>The facts currently in the session, in insertion order.</summary>
internal sealed class World
{
    public List<Customer> Customers { get; } = new();

    public List<Order> Orders { get; } = new();

    public bool Contains(object fact) => fact is Customer c ? Customers.Contains(c) : Orders.Contains((Order)fact);

    public void Add(object fact)
    {
        if (fact is Customer c)
        {
            Customers.Add(c);
        }
        else
        {
            Orders.Add((Order)fact);
        }
    }

    public void Remove(object fact)
    {
        if (fact is Customer c)
        {
            Customers.Remove(c);
        }
        else
        {
            Orders.Remove((Order)fact);
        }
    }
}

/// <summary>How matches are written, the same for the oracle and for the engine's event arguments.</summary>
internal static class Render
{
    public static string Part(object fact) => fact switch
    {
        Customer c => "C" + c.Id.ToString(CultureInfo.InvariantCulture),
        Order o => "O" + o.Id.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException("not a fact: " + fact, nameof(fact)),
    };

    public static string Key(string rule, IEnumerable<string> parts) => rule + "|" + string.Join("|", parts);

    public static string Elements(IEnumerable<Order> orders)
    {
        var ids = orders.Select(o => o.Id).Order().ToList();
        var builder = new StringBuilder("[");
        builder.AppendJoin(",", ids);
        return builder.Append(']').ToString();
    }
}
