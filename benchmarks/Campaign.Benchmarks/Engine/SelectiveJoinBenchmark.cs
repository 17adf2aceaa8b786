using BenchmarkDotNet.Attributes;
using NRules.Fluent.Dsl;
using ISessionFactory = NRules.ISessionFactory;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// <c>Match&lt;Customer&gt;</c>, <c>Match&lt;Order&gt;(o =&gt; o.CustomerId == c.Id)</c>, Do counts: InsertAll customers,
/// InsertAll orders, Fire. Five orders per customer, every order matches exactly one customer. The same NRules rule runs
/// on Campaign.Rules (<see cref="Indexed"/>) and on NRules' runtime (<see cref="NRules"/>); NRules is left out at 30,000
/// customers, where one of its operations takes about a minute (<see cref="WithoutNRulesAtLargestSizeConfig"/>).
/// Targets: at most 8x the dictionary join at every size; 10x the data costs at most 12x the time; at least 20x faster
/// than NRules at 3,000×15,000.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WithoutNRulesAtLargestSizeConfig))]
public class SelectiveJoinBenchmark
{
    private ISessionFactory _factory = null!;
    private Customer[] _customers = null!;
    private Order[] _orders = null!;

    /// <summary>The number of customers (orders are five times as many).</summary>
    [Params(300, 3_000, 30_000)]
    public int Customers { get; set; }

    /// <summary>Builds the data.</summary>
    [GlobalSetup(Target = nameof(DictionaryJoin))]
    public void Setup()
    {
        _customers = EngineData.Customers(Customers);
        _orders = EngineData.Orders(Customers * 5, Customers);
    }

    /// <summary>Builds the data and compiles the rule for Campaign.Rules.</summary>
    [GlobalSetup(Target = nameof(Indexed))]
    public void SetupIndexed()
    {
        Setup();
        _factory = EngineData.CompileIndexed(typeof(CustomerOrderRule));
    }

    /// <summary>Builds the data and compiles the rule for NRules' runtime.</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        Setup();
        _factory = EngineData.CompileNRules(typeof(CustomerOrderRule));
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

    /// <summary>Campaign.Rules: new session, InsertAll customers, InsertAll orders, Fire.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long Indexed() => EngineData.Run(_factory, _customers, _orders);

    /// <summary>NRules' runtime, the same rule and operations.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long NRules() => EngineData.Run(_factory, _customers, _orders);

    private static void Callback(Customer customer, Order order)
    {
        if (customer.Id == order.CustomerId)
        {
            FiringCounter.Hit();
        }
    }

    /// <summary>The joined rule.</summary>
    public sealed class CustomerOrderRule : Rule
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
