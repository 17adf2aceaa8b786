using BenchmarkDotNet.Attributes;
using NRules.Fluent.Dsl;
using ISessionFactory = NRules.ISessionFactory;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// <c>Match&lt;Customer&gt;</c> + <c>Query(Match&lt;Order&gt;, Where(o.CustomerId == c.Id), Collect | GroupBy(o.Status))</c> over
/// 1,000 customers and 1,000 orders (the orders go to a quarter of the customers, four each, so most collections are
/// empty and a few are not). The same NRules rules run on Campaign.Rules and on NRules' runtime. Target: at most 8x the
/// hand-written grouping; never slower than NRules.
/// </summary>
[MemoryDiagnoser]
public class AggregateBenchmark
{
    private ISessionFactory _factory = null!;
    private Customer[] _customers = null!;
    private Order[] _orders = null!;

    /// <summary>The aggregate: Collect (one result per customer, even empty) or GroupBy (one per non-empty status group).</summary>
    [Params("Collect", "GroupBy")]
    public string Shape { get; set; } = "Collect";

    /// <summary>The number of customers and of orders.</summary>
    [Params(1_000)]
    public int Size { get; set; }

    /// <summary>Builds the data.</summary>
    [GlobalSetup(Target = nameof(Dictionaries))]
    public void Setup()
    {
        _customers = EngineData.Customers(Size);
        _orders = EngineData.Orders(Size, Size / 4);
    }

    /// <summary>Builds the data and compiles the rule for Campaign.Rules.</summary>
    [GlobalSetup(Target = nameof(Indexed))]
    public void SetupIndexed()
    {
        Setup();
        _factory = EngineData.CompileIndexed(RuleType);
    }

    /// <summary>Builds the data and compiles the rule for NRules' runtime.</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        Setup();
        _factory = EngineData.CompileNRules(RuleType);
    }

    /// <summary>The hand-written grouping: orders into a dictionary of lists (of lists by status), a loop over customers.</summary>
    /// <returns>The number of results and the sum of their sizes.</returns>
    [Benchmark(Baseline = true)]
    public long Dictionaries()
    {
        FiringCounter.Reset();
        if (Shape == "Collect")
        {
            var byCustomer = new Dictionary<int, List<Order>>();
            foreach (var order in _orders)
            {
                if (!byCustomer.TryGetValue(order.CustomerId, out var list))
                {
                    list = new List<Order>();
                    byCustomer.Add(order.CustomerId, list);
                }

                list.Add(order);
            }

            foreach (var customer in _customers)
            {
                FiringCounter.Add(byCustomer.TryGetValue(customer.Id, out var list) ? list.Count : 0);
            }
        }
        else
        {
            var byCustomer = new Dictionary<int, Dictionary<int, List<Order>>>();
            foreach (var order in _orders)
            {
                if (!byCustomer.TryGetValue(order.CustomerId, out var groups))
                {
                    groups = new Dictionary<int, List<Order>>();
                    byCustomer.Add(order.CustomerId, groups);
                }

                if (!groups.TryGetValue(order.Status, out var list))
                {
                    list = new List<Order>();
                    groups.Add(order.Status, list);
                }

                list.Add(order);
            }

            foreach (var customer in _customers)
            {
                if (byCustomer.TryGetValue(customer.Id, out var groups))
                {
                    foreach (var group in groups.Values)
                    {
                        FiringCounter.Add(group.Count);
                    }
                }
            }
        }

        return FiringCounter.Count + FiringCounter.Sum;
    }

    /// <summary>Campaign.Rules: new session, InsertAll customers, InsertAll orders, Fire.</summary>
    /// <returns>The number of results and the sum of their sizes.</returns>
    [Benchmark]
    public long Indexed() => Run();

    /// <summary>NRules' runtime, the same rule and operations.</summary>
    /// <returns>The number of results and the sum of their sizes.</returns>
    [Benchmark]
    public long NRules() => Run();

    private Type RuleType => Shape == "Collect" ? typeof(CollectRule) : typeof(GroupByRule);

    private long Run()
    {
        FiringCounter.Reset();
        var session = _factory.CreateSession();
        session.InsertAll(_customers);
        session.InsertAll(_orders);
        session.Fire();
        return FiringCounter.Count + FiringCounter.Sum;
    }

    /// <summary>The collecting rule.</summary>
    public sealed class CollectRule : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>().Where(o => o.CustomerId == customer.Id).Collect());
            Then()
                .Do(ctx => FiringCounter.Add(orders.Count()));
        }
    }

    /// <summary>The grouping rule.</summary>
    public sealed class GroupByRule : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Customer customer = null!;
            IGrouping<int, Order> group = null!;
            When()
                .Match(() => customer)
                .Query(() => group, q => q.Match<Order>().Where(o => o.CustomerId == customer.Id).GroupBy(o => o.Status));
            Then()
                .Do(ctx => FiringCounter.Add(group.Count()));
        }
    }
}
