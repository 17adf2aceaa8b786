using Campaign.Rules.Fluent.Dsl;
using Campaign.Rules.Tests.Builders;
using FsCheck.Xunit;

namespace Campaign.Rules.Tests.Rete;

/// <summary>
/// The engine against a brute-force matcher that re-evaluates every rule over all facts after every step:
/// live activations (with Collect contents) and the number of rules each Fire fires must agree.
/// </summary>
public class DifferentialTests
{
    [Name("J")]
    public class JoinRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => o.CustomerId == customer.Id, o => o.Amount > 5);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("J"));
        }
    }

    [Name("N")]
    public class NotRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Not<Order>(o => o.CustomerId == customer.Id);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("N"));
        }
    }

    [Name("E")]
    public class ExistsRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Exists<Order>(o => o.CustomerId == customer.Id, o => o.Amount >= 8);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("E"));
        }
    }

    [Name("Q")]
    public class CollectRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When().Match(() => customer).Query(() => orders, q => q.Match<Order>().Where(o => o.CustomerId == customer.Id).Collect());
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("Q"));
        }
    }

    private static readonly Lazy<ISessionFactory> Factory = new(() => Engine.Compile(typeof(JoinRule), typeof(NotRule), typeof(ExistsRule), typeof(CollectRule)));

    [Property(MaxTest = 500, EndSize = 200)]
    public bool EngineAgreesWithBruteForce(byte[] script)
    {
        var customers = Enumerable.Range(0, 3).Select(i => new Customer(i)).ToArray();
        var orders = Enumerable.Range(0, 6).Select(i => new Order(i, 0)).ToArray();
        var presentCustomers = new HashSet<Customer>();
        var presentOrders = new HashSet<Order>();
        var session = Factory.Value.CreateSession();
        session.DependencyResolver = new Recorder();
        var live = new Dictionary<string, IReadOnlyList<Campaign.Rules.RuleModel.IFact>>();
        var failure = (string?)null;
        session.Events.ActivationCreatedEvent += (_, e) =>
        {
            if (!live.TryAdd(Key(e.Rule.Name, e.Facts), e.Facts))
            {
                failure = "duplicate activation " + Key(e.Rule.Name, e.Facts);
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
                case 0:
                    if (presentCustomers.Add(customer))
                    {
                        session.Insert(customer);
                    }

                    break;
                case 1:
                    if (presentCustomers.Remove(customer))
                    {
                        session.Retract(customer);
                    }

                    break;
                case 2:
                    if (presentOrders.Add(order))
                    {
                        order.CustomerId = b % customers.Length;
                        order.Amount = c % 10;
                        session.Insert(order);
                    }

                    break;
                case 3:
                    if (presentOrders.Contains(order))
                    {
                        order.CustomerId = b % customers.Length;
                        order.Amount = c % 10;
                        session.Update(order);
                        touchedOrder = order;
                    }

                    break;
                case 4:
                    if (presentOrders.Remove(order))
                    {
                        session.Retract(order);
                    }

                    break;
                case 5:
                    if (presentCustomers.Contains(customer))
                    {
                        session.Update(customer);
                        touchedCustomer = customer;
                    }

                    break;
                default:
                    var fired = session.Fire();
                    if (fired != pending.Count)
                    {
                        return Fail($"step {i / 4}: fired {fired}, expected {pending.Count} ({string.Join(" ", pending)})");
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
            if (failure is not null || !SameMatches(actual, model))
            {
                return Fail($"step {i / 4} ({kind}): {failure} engine [{Show(actual)}] brute force [{Show(model)}]");
            }
        }

        return true;
    }

    private static bool Fail(string message) => throw new Xunit.Sdk.XunitException(message);

    private static bool Touched(string key, string content, string? old, Customer? customer, Order? order)
    {
        var parts = key.Split(':');
        if (customer is not null && parts[1] == "C" + customer.Id)
        {
            return true;
        }

        if (order is null)
        {
            return false;
        }

        return parts[0] switch
        {
            "J" => parts[2] == "O" + order.Id,
            "Q" => content.Split(',').Contains("O" + order.Id) || (old ?? string.Empty).Split(',').Contains("O" + order.Id),
            _ => false,
        };
    }

    private static Dictionary<string, string> Matches(HashSet<Customer> customers, HashSet<Order> orders)
    {
        var result = new Dictionary<string, string>();
        foreach (var c in customers)
        {
            var mine = orders.Where(o => o.CustomerId == c.Id).ToList();
            foreach (var o in mine.Where(o => o.Amount > 5))
            {
                result["J:" + c + ":" + o] = string.Empty;
            }

            if (mine.Count == 0)
            {
                result["N:" + c] = string.Empty;
            }

            if (mine.Any(o => o.Amount >= 8))
            {
                result["E:" + c] = string.Empty;
            }

            result["Q:" + c] = string.Join(",", mine.Select(o => o.ToString()).Order());
        }

        return result;
    }

    private static string Key(string rule, IReadOnlyList<Campaign.Rules.RuleModel.IFact> facts) =>
        rule + ":" + string.Join(":", facts.Where(f => f.Value is Customer or Order).Select(f => f.Value!.ToString()));

    private static string Content(IReadOnlyList<Campaign.Rules.RuleModel.IFact> facts) =>
        facts.Select(f => f.Value).OfType<IEnumerable<Order>>().Select(os => string.Join(",", os.Select(o => o.ToString()).Order())).FirstOrDefault() ?? string.Empty;

    private static bool SameMatches(Dictionary<string, string> actual, Dictionary<string, string> expected) =>
        actual.Count == expected.Count && actual.All(p => expected.TryGetValue(p.Key, out var v) && v == p.Value);

    private static string Show(Dictionary<string, string> matches) =>
        string.Join(" ", matches.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Length == 0 ? p.Key : p.Key + "=" + p.Value));
}
