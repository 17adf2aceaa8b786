using Campaign.Rules.Fluent.Dsl;
using Campaign.Rules.RuleModel;
using Campaign.Rules.Tests.Builders;
using FsCheck.Xunit;

namespace Campaign.Rules.Tests.Rete;

/// <summary>
/// Differential test of a self-join on one alpha memory, a GroupBy with a filter on the group, and a Not with a
/// non-equality (residual) join, against brute force, under random insert/update/retract/fire sequences.
/// </summary>
public class DifferentialJoinShapesTests
{
    [Name("S")]
    public class SelfJoinRule : Rule
    {
        public override void Define()
        {
            Order first = null!;
            Order second = null!;
            When().Match(() => first).Match(() => second, o => o.CustomerId == first.CustomerId, o => o.Id > first.Id);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("S"));
        }
    }

    [Name("G")]
    public class GroupRule : Rule
    {
        public override void Define()
        {
            IGrouping<int, Order> group = null!;
            When().Query(() => group, q => q.Match<Order>(o => o.Amount > 2).GroupBy(o => o.CustomerId).Where(g => g.Count() >= 2));
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("G"));
        }
    }

    [Name("R")]
    public class ResidualNotRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Not<Order>(o => o.Amount > customer.Id * 3);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("R"));
        }
    }

    private static readonly Lazy<ISessionFactory> Factory = new(() => Engine.Compile(typeof(SelfJoinRule), typeof(GroupRule), typeof(ResidualNotRule)));

    [Property(MaxTest = 500, EndSize = 200)]
    public bool EngineAgreesWithBruteForce(byte[] script)
    {
        var customers = Enumerable.Range(0, 3).Select(i => new Customer(i)).ToArray();
        var orders = Enumerable.Range(0, 6).Select(i => new Order(i, 0)).ToArray();
        var presentCustomers = new HashSet<Customer>();
        var presentOrders = new HashSet<Order>();
        var session = Factory.Value.CreateSession();
        session.DependencyResolver = new Recorder();
        var live = new Dictionary<string, IReadOnlyList<IFact>>();
        string? failure = null;
        session.Events.ActivationCreatedEvent += (_, e) =>
        {
            if (!live.TryAdd(Key(e.Rule.Name, e.Facts), e.Facts))
            {
                failure = "duplicate " + Key(e.Rule.Name, e.Facts);
            }
        };
        session.Events.ActivationUpdatedEvent += (_, e) => live[Key(e.Rule.Name, e.Facts)] = e.Facts;
        session.Events.ActivationDeletedEvent += (_, e) => live.Remove(Key(e.Rule.Name, e.Facts));

        var model = Matches(presentCustomers, presentOrders);
        var pending = new HashSet<string>(model.Keys);
        for (var i = 0; i + 3 < script.Length; i += 4)
        {
            var (kind, a, b, c) = (script[i] % 7, script[i + 1], script[i + 2], script[i + 3]);
            var customer = customers[a % customers.Length];
            var order = orders[a % orders.Length];
            Customer? touchedCustomer = null;
            Order? touchedOrder = null;
            switch (kind)
            {
                case 0 when presentCustomers.Add(customer):
                    session.Insert(customer);
                    break;
                case 1 when presentCustomers.Remove(customer):
                    session.Retract(customer);
                    break;
                case 2 when presentOrders.Add(order):
                    order.CustomerId = b % customers.Length;
                    order.Amount = c % 10;
                    session.Insert(order);
                    break;
                case 3 when presentOrders.Contains(order):
                    order.CustomerId = b % customers.Length;
                    order.Amount = c % 10;
                    session.Update(order);
                    touchedOrder = order;
                    break;
                case 4 when presentOrders.Remove(order):
                    session.Retract(order);
                    break;
                case 5 when presentCustomers.Contains(customer):
                    session.Update(customer);
                    touchedCustomer = customer;
                    break;
                case 6:
                    var fired = session.Fire();
                    if (fired != pending.Count)
                    {
                        throw new Xunit.Sdk.XunitException($"step {i / 4}: fired {fired}, expected {pending.Count} ({string.Join(" ", pending)})");
                    }

                    pending.Clear();
                    break;
            }

            var next = Matches(presentCustomers, presentOrders);
            foreach (var (key, content) in next)
            {
                if (!model.TryGetValue(key, out var old) || old != content || Touched(key, content, old, touchedCustomer, touchedOrder))
                {
                    pending.Add(key);
                }
            }

            pending.IntersectWith(next.Keys);
            model = next;
            var actual = live.ToDictionary(p => p.Key, p => Content(p.Value));
            if (failure is not null || actual.Count != model.Count || actual.Any(p => !model.TryGetValue(p.Key, out var v) || v != p.Value))
            {
                throw new Xunit.Sdk.XunitException($"step {i / 4} ({kind}): {failure} engine [{Show(actual)}] brute force [{Show(model)}]");
            }
        }

        return true;
    }

    private static bool Touched(string key, string content, string? old, Customer? customer, Order? order)
    {
        var parts = key.Split(':');
        if (customer is not null)
        {
            return parts[0] == "R" && parts[1] == customer.ToString();
        }

        if (order is null)
        {
            return false;
        }

        var id = order.ToString();
        return parts[0] switch
        {
            "S" => parts[1] == id || parts[2] == id,
            "G" => content.Split(',').Contains(id) || (old ?? string.Empty).Split(',').Contains(id),
            _ => false,
        };
    }

    private static Dictionary<string, string> Matches(HashSet<Customer> customers, HashSet<Order> orders)
    {
        var result = new Dictionary<string, string>();
        foreach (var first in orders)
        {
            foreach (var second in orders.Where(o => o.CustomerId == first.CustomerId && o.Id > first.Id))
            {
                result["S:" + first + ":" + second] = string.Empty;
            }
        }

        foreach (var group in orders.Where(o => o.Amount > 2).GroupBy(o => o.CustomerId).Where(g => g.Count() >= 2))
        {
            result["G:K" + group.Key] = string.Join(",", group.Select(o => o.ToString()).Order());
        }

        foreach (var customer in customers.Where(c => !orders.Any(o => o.Amount > c.Id * 3)))
        {
            result["R:" + customer] = string.Empty;
        }

        return result;
    }

    private static string Key(string rule, IReadOnlyList<IFact> facts) =>
        rule + ":" + string.Join(":", facts.Select(f => f.Value switch
        {
            IGrouping<int, Order> group => "K" + group.Key,
            _ => f.Value?.ToString(),
        }));

    private static string Content(IReadOnlyList<IFact> facts) =>
        facts.Select(f => f.Value).OfType<IGrouping<int, Order>>().Select(g => string.Join(",", g.Select(o => o.ToString()).Order())).FirstOrDefault() ?? string.Empty;

    private static string Show(Dictionary<string, string> matches) =>
        string.Join(" ", matches.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Length == 0 ? p.Key : p.Key + "=" + p.Value));
}
