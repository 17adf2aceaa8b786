using BenchmarkDotNet.Attributes;
using Campaign.Rules;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using ISessionFactory = NRules.ISessionFactory;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// N rules, each one alpha test, over 100 orders. Rule i tests <c>o.Amount &gt;= 100 * (i % 10)</c> written as a literal,
/// so every tenth rule has the same test (a sharing opportunity). The same NRules rules run on Campaign.Rules and on
/// NRules' runtime. Target: firing cost linear in N; never slower than NRules.
/// </summary>
[MemoryDiagnoser]
public class ManyRulesBenchmark
{
    private static readonly int[] Thresholds = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900];

    private ISessionFactory _factory = null!;
    private Order[] _orders = null!;

    /// <summary>The number of rules.</summary>
    [Params(10, 100, 1_000)]
    public int Rules { get; set; }

    /// <summary>Builds the data.</summary>
    [GlobalSetup(Target = nameof(Loops))]
    public void Setup() => _orders = EngineData.Orders(100, 20);

    /// <summary>Builds the data and compiles the rules for Campaign.Rules.</summary>
    [GlobalSetup(Target = nameof(Indexed))]
    public void SetupIndexed()
    {
        Setup();
        _factory = EngineData.Load(new ThresholdRuleActivator(Rules), typeof(ThresholdRule)).CompileIndexed();
    }

    /// <summary>Builds the data and compiles the rules for NRules' runtime.</summary>
    [GlobalSetup(Target = nameof(NRules))]
    public void SetupNRules()
    {
        Setup();
        _factory = EngineData.Load(new ThresholdRuleActivator(Rules), typeof(ThresholdRule)).Compile();
    }

    /// <summary>The hand-written loops: every rule's test over every fact, a callback per match.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark(Baseline = true)]
    public long Loops()
    {
        FiringCounter.Reset();
        for (var rule = 0; rule < Rules; rule++)
        {
            var threshold = Thresholds[rule % 10];
            foreach (var order in _orders)
            {
                if (order.Amount >= threshold)
                {
                    FiringCounter.Hit();
                }
            }
        }

        return FiringCounter.Count;
    }

    /// <summary>Campaign.Rules: new session, InsertAll, Fire.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public long Indexed() => Run();

    /// <summary>NRules' runtime, the same rules and operations.</summary>
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

    /// <summary>A rule with one of ten literal alpha tests.</summary>
    public sealed class ThresholdRule : Rule
    {
        private readonly int _index;

        /// <summary>Creates rule number <paramref name="index"/>.</summary>
        /// <param name="index">The rule's number; its test is the one of <c>index % 10</c>.</param>
        public ThresholdRule(int index) => _index = index;

        /// <inheritdoc />
        public override void Define()
        {
            Name("ManyRules." + _index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Order order = null!;
            switch (_index % 10)
            {
                case 0: When().Match(() => order, o => o.Amount >= 0); break;
                case 1: When().Match(() => order, o => o.Amount >= 100); break;
                case 2: When().Match(() => order, o => o.Amount >= 200); break;
                case 3: When().Match(() => order, o => o.Amount >= 300); break;
                case 4: When().Match(() => order, o => o.Amount >= 400); break;
                case 5: When().Match(() => order, o => o.Amount >= 500); break;
                case 6: When().Match(() => order, o => o.Amount >= 600); break;
                case 7: When().Match(() => order, o => o.Amount >= 700); break;
                case 8: When().Match(() => order, o => o.Amount >= 800); break;
                default: When().Match(() => order, o => o.Amount >= 900); break;
            }

            Then().Do(ctx => FiringCounter.Hit());
        }
    }

    /// <summary>Creates N instances of <see cref="ThresholdRule"/>.</summary>
    private sealed class ThresholdRuleActivator : IRuleActivator
    {
        private readonly int _count;

        public ThresholdRuleActivator(int count) => _count = count;

        public IEnumerable<Rule> Activate(Type type)
        {
            for (var i = 0; i < _count; i++)
            {
                yield return new ThresholdRule(i);
            }
        }
    }
}
