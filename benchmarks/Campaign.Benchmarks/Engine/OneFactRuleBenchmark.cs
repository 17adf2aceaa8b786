using BenchmarkDotNet.Attributes;
using NRules.Fluent.Dsl;
using ISessionFactory = NRules.ISessionFactory;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// One pattern with one alpha test (<c>o.Amount &gt;= 500</c>, about half the orders), the same NRules rule on Campaign.Rules
/// and on NRules' runtime. Target: at most 4x the baseline at 100,000; never slower than NRules.
/// </summary>
[MemoryDiagnoser]
public class OneFactRuleBenchmark
{
    private ISessionFactory _factory = null!;
    private Order[] _orders = null!;

    /// <summary>The number of facts.</summary>
    [Params(10, 100, 1_000, 100_000)]
    public int Facts { get; set; }

    /// <summary>Builds the data.</summary>
    [GlobalSetup(Target = nameof(Loop))]
    public void Setup() => _orders = EngineData.Orders(Facts, Math.Max(1, Facts / 5));

    /// <summary>Builds the data and compiles the rule for Campaign.Rules.</summary>
    [GlobalSetup(Target = nameof(Indexed))]
    public void SetupIndexed()
    {
        Setup();
        _factory = EngineData.CompileIndexed(typeof(LargeOrderRule));
    }

    /// <summary>Builds the data and compiles the rule for NRules' runtime.</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        Setup();
        _factory = EngineData.CompileNRules(typeof(LargeOrderRule));
    }

    /// <summary>The hand-written loop: keep the facts (as a session would), test each, call back.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark(Baseline = true)]
    public long Loop()
    {
        FiringCounter.Reset();
        var kept = new List<Order>(_orders.Length);
        foreach (var order in _orders)
        {
            kept.Add(order);
        }

        foreach (var order in kept)
        {
            if (order.Amount >= 500)
            {
                FiringCounter.Hit();
            }
        }

        return FiringCounter.Count;
    }

    /// <summary>Campaign.Rules: new session, InsertAll, Fire.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long Indexed() => Run();

    /// <summary>NRules' runtime, the same rule and operations.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long NRules() => Run();

    private long Run()
    {
        FiringCounter.Reset();
        var session = _factory.CreateSession();
        session.InsertAll(_orders);
        var fired = session.Fire();
        return fired + FiringCounter.Count;
    }

    /// <summary>The one-pattern rule.</summary>
    public sealed class LargeOrderRule : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Order order = null!;
            When()
                .Match(() => order, o => o.Amount >= 500);
            Then()
                .Do(ctx => FiringCounter.Hit());
        }
    }
}
