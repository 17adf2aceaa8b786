using BenchmarkDotNet.Attributes;
using NRules.Fluent.Dsl;
using ISessionFactory = NRules.ISessionFactory;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// Customers without orders: <c>Match&lt;Customer&gt;</c>, <c>Not&lt;Order&gt;(o =&gt; o.CustomerId == c.Id)</c>. Orders (2.5 per
/// customer) go to the first two thirds of the customers, so a third fire. The same NRules rule runs on Campaign.Rules
/// and on NRules' runtime; NRules is left out at 30,000 customers (about half a minute per operation:
/// <see cref="WithoutNRulesAtLargestSizeConfig"/>). Target: at most 8x the baseline; linear in size; never slower than NRules.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WithoutNRulesAtLargestSizeConfig))]
public class NotJoinBenchmark
{
    private ISessionFactory _factory = null!;
    private Customer[] _customers = null!;
    private Order[] _orders = null!;

    /// <summary>The number of customers (orders are 2.5 times as many). 3,000 is the contract's size; the others show scaling.</summary>
    [Params(300, 3_000, 30_000)]
    public int Customers { get; set; }

    /// <summary>Builds the data.</summary>
    [GlobalSetup(Target = nameof(HashSetAntiJoin))]
    public void Setup()
    {
        _customers = EngineData.Customers(Customers);
        _orders = EngineData.Orders(Customers * 5 / 2, Customers * 2 / 3);
    }

    /// <summary>Builds the data and compiles the rule for Campaign.Rules.</summary>
    [GlobalSetup(Target = nameof(Indexed))]
    public void SetupIndexed()
    {
        Setup();
        _factory = EngineData.CompileIndexed(typeof(CustomerWithoutOrderRule));
    }

    /// <summary>Builds the data and compiles the rule for NRules' runtime.</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        Setup();
        _factory = EngineData.CompileNRules(typeof(CustomerWithoutOrderRule));
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

    /// <summary>Campaign.Rules: new session, InsertAll customers, InsertAll orders, Fire.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long Indexed() => EngineData.Run(_factory, _customers, _orders);

    /// <summary>NRules' runtime, the same rule and operations.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long NRules() => EngineData.Run(_factory, _customers, _orders);

    /// <summary>The negated rule.</summary>
    public sealed class CustomerWithoutOrderRule : Rule
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
