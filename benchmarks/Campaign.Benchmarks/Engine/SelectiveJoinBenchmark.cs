using BenchmarkDotNet.Attributes;
using Campaign.Rules;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// <c>Match&lt;Customer&gt;</c>, <c>Match&lt;Order&gt;(o =&gt; o.CustomerId == c.Id)</c>, Do counts: InsertAll customers,
/// InsertAll orders, Fire. Five orders per customer, every order matches exactly one customer.
/// Target: at most 8x the dictionary join at every size; 10x the data costs at most 12x the time.
/// </summary>
[MemoryDiagnoser]
public class SelectiveJoinBenchmark
{
    private ISessionFactory _factory = null!;
    private Customer[] _customers = null!;
    private Order[] _orders = null!;

    /// <summary>The number of customers (orders are five times as many).</summary>
    [Params(300, 3_000, 30_000)]
    public int Customers { get; set; }

    /// <summary>Builds the data and compiles the rule.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _customers = EngineData.Customers(Customers);
        _orders = EngineData.Orders(Customers * 5, Customers);
        _factory = EngineData.Compile(typeof(CustomerOrderRule));
    }

    /// <summary>The hand-written join: a dictionary of customers by id, a loop over orders, a callback per match.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark(Baseline = true)]
    public long DictionaryJoin()
    {
        FiringCounter.Reset();
        var byId = new Dictionary<int, Customer>(_customers.Length);
        foreach (var customer in _customers)
        {
            byId.Add(customer.Id, customer);
        }

        foreach (var order in _orders)
        {
            if (byId.TryGetValue(order.CustomerId, out var customer))
            {
                Callback(customer, order);
            }
        }

        return FiringCounter.Count;
    }

    /// <summary>The engine: new session, InsertAll customers, InsertAll orders, Fire.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long Engine()
    {
        return EngineData.Run(_factory, _customers, _orders);
    }

    private static void Callback(Customer customer, Order order)
    {
        if (customer.Id == order.CustomerId)
        {
            FiringCounter.Hit();
        }
    }

    /// <summary>The joined rule.</summary>
    internal sealed class CustomerOrderRule : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId == customer.Id);
            Then()
                .Do(ctx => FiringCounter.Hit());
        }
    }
}
