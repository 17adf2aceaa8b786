using BenchmarkDotNet.Attributes;
using NRules.Fluent.Dsl;
using ISessionFactory = NRules.ISessionFactory;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// Two filtered patterns joined on a non-equality test: customers rated 5 or more, orders of status 0 or 1, joined on
/// <c>o.Amount &lt; c.Limit</c> (no index can help: a nested loop is the best there is). Target: at most 3x the time and
/// the allocation of the hand-written nested loop, which keeps the matched pairs in a list (the work a join does); never
/// slower than NRules, which runs the same rule.
/// </summary>
[MemoryDiagnoser]
public class DenseJoinBenchmark
{
    private ISessionFactory _factory = null!;
    private Customer[] _customers = null!;
    private Order[] _orders = null!;

    /// <summary>The number of customers and of orders.</summary>
    [Params(100, 1_000)]
    public int Size { get; set; }

    /// <summary>Builds the data.</summary>
    [GlobalSetup(Target = nameof(NestedLoop))]
    public void Setup()
    {
        _customers = EngineData.Customers(Size);
        _orders = EngineData.Orders(Size, Size);
    }

    /// <summary>Builds the data and compiles the rule for Campaign.Rules.</summary>
    [GlobalSetup(Target = nameof(Indexed))]
    public void SetupIndexed()
    {
        Setup();
        _factory = EngineData.CompileIndexed(typeof(DenseRule));
    }

    /// <summary>Builds the data and compiles the rule for NRules' runtime.</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        Setup();
        _factory = EngineData.CompileNRules(typeof(DenseRule));
    }

    /// <summary>The hand-written nested loop: filter both sides, test every pair, keep and count the matches.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark(Baseline = true)]
    public long NestedLoop()
    {
        FiringCounter.Reset();
        var customers = new List<Customer>();
        foreach (var customer in _customers)
        {
            if (customer.Rating >= 5)
            {
                customers.Add(customer);
            }
        }

        var orders = new List<Order>();
        foreach (var order in _orders)
        {
            if (order.Status <= 1)
            {
                orders.Add(order);
            }
        }

        var matches = new List<(Customer, Order)>();
        foreach (var customer in customers)
        {
            foreach (var order in orders)
            {
                if (order.Amount < customer.Limit)
                {
                    matches.Add((customer, order));
                }
            }
        }

        foreach (var _ in matches)
        {
            FiringCounter.Hit();
        }

        return FiringCounter.Count;
    }

    /// <summary>Campaign.Rules: new session, InsertAll customers, InsertAll orders, Fire.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long Indexed() => EngineData.Run(_factory, _customers, _orders);

    /// <summary>NRules' runtime, the same rule and operations.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long NRules() => EngineData.Run(_factory, _customers, _orders);

    /// <summary>The dense rule.</summary>
    public sealed class DenseRule : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.Rating >= 5)
                .Match(() => order, o => o.Status <= 1, o => o.Amount < customer.Limit);
            Then()
                .Do(ctx => FiringCounter.Hit());
        }
    }
}
