using BenchmarkDotNet.Attributes;
using Campaign.Rules;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// Customers without orders: <c>Match&lt;Customer&gt;</c>, <c>Not&lt;Order&gt;(o =&gt; o.CustomerId == c.Id)</c>. Orders (2.5 per
/// customer) go to the first two thirds of the customers, so a third fire. Target: at most 8x the baseline; linear in size.
/// </summary>
[MemoryDiagnoser]
public class NotJoinBenchmark
{
    private ISessionFactory _factory = null!;
    private Customer[] _customers = null!;
    private Order[] _orders = null!;

    /// <summary>The number of customers (orders are 2.5 times as many). 3,000 is the contract's size; the others show scaling.</summary>
    [Params(300, 3_000, 30_000)]
    public int Customers { get; set; }

    /// <summary>Builds the data and compiles the rule.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _customers = EngineData.Customers(Customers);
        _orders = EngineData.Orders(Customers * 5 / 2, Customers * 2 / 3);
        _factory = EngineData.Compile(typeof(CustomerWithoutOrderRule));
    }

    /// <summary>The hand-written anti-join: a set of ordering customer ids, a loop over customers.</summary>
    /// <returns>The number of customers without orders.</returns>
    [Benchmark(Baseline = true)]
    public long HashSetAntiJoin()
    {
        FiringCounter.Reset();
        var ordering = new HashSet<int>();
        foreach (var order in _orders)
        {
            ordering.Add(order.CustomerId);
        }

        foreach (var customer in _customers)
        {
            if (!ordering.Contains(customer.Id))
            {
                FiringCounter.Hit();
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

    /// <summary>The negated rule.</summary>
    internal sealed class CustomerWithoutOrderRule : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Not<Order>(o => o.CustomerId == customer.Id);
            Then()
                .Do(ctx => FiringCounter.Hit());
        }
    }
}
