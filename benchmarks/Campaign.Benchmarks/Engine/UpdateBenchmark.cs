using BenchmarkDotNet.Attributes;
using ISession = NRules.ISession;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// One update of one order (its amount changes) and Fire, in a loaded <see cref="SelectiveJoinBenchmark"/> session
/// (the match still holds, so the Repeatable rule fires again once), on Campaign.Rules and on NRules' runtime with the
/// same rule. NRules' setup at 30,000 customers loads its session once (about a minute). Targets: the larger session
/// costs at most 2x the smaller (the cost does not depend on the size of the memories); at least 100x faster than NRules.
/// </summary>
[MemoryDiagnoser]
public class UpdateBenchmark
{
    private ISession _session = null!;
    private Customer[] _customers = null!;
    private Order[] _orders = null!;
    private Dictionary<int, Customer> _byId = null!;
    private int _next;

    /// <summary>The number of customers in the loaded session (orders are five times as many).</summary>
    [Params(3_000, 30_000)]
    public int Customers { get; set; }

    /// <summary>Builds the data and the baseline's dictionary.</summary>
    [GlobalSetup(Target = nameof(DictionaryLookup))]
    public void Setup()
    {
        _customers = EngineData.Customers(Customers);
        _orders = EngineData.Orders(Customers * 5, Customers);
        _byId = new Dictionary<int, Customer>(_customers.Length);
        foreach (var customer in _customers)
        {
            _byId.Add(customer.Id, customer);
        }
    }

    /// <summary>Builds the data and loads a Campaign.Rules session, every rule fired once.</summary>
    [GlobalSetup(Target = nameof(Indexed))]
    public void SetupIndexed()
    {
        Setup();
        _session = EngineData.Loaded(EngineData.CompileIndexed(typeof(SelectiveJoinBenchmark.CustomerOrderRule)), _customers, _orders);
    }

    /// <summary>Builds the data and loads an NRules session, every rule fired once.</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        Setup();
        _session = EngineData.Loaded(EngineData.CompileNRules(typeof(SelectiveJoinBenchmark.CustomerOrderRule)), _customers, _orders);
    }

    /// <summary>The hand-written incremental join: look the order's customer up and call back.</summary>
    /// <returns>The number of matches re-evaluated.</returns>
    [Benchmark(Baseline = true)]
    public long DictionaryLookup()
    {
        FiringCounter.Reset();
        var order = NextOrder();
        order.Amount++;
        if (_byId.TryGetValue(order.CustomerId, out var customer) && customer.Id == order.CustomerId)
        {
            FiringCounter.Hit();
        }

        return FiringCounter.Count;
    }

    /// <summary>Campaign.Rules: Update one order, Fire.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long Indexed() => UpdateAndFire();

    /// <summary>NRules' runtime: Update one order, Fire.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long NRules() => UpdateAndFire();

    private long UpdateAndFire()
    {
        FiringCounter.Reset();
        var order = NextOrder();
        order.Amount++;
        _session.Update(order);
        var fired = _session.Fire();
        return fired + FiringCounter.Count;
    }

    private Order NextOrder()
    {
        // Walk the orders with a stride so that consecutive updates touch different customers.
        _next = (_next + 7919) % _orders.Length;
        return _orders[_next];
    }
}
