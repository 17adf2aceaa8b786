using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Campaign.Rules;
using Campaign.Rules.Fluent;
using Campaign.Rules.Fluent.Dsl;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// Loads and compiles N generated two-pattern rules (customer, order joined on the customer id, with an alpha test whose
/// constant comes from the rule's own closure, so no two rules share it). The baseline compiles the same 2N condition
/// expressions into delegates directly: the work no rules compiler can avoid. Target: linear in N.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmark
{
    /// <summary>The number of rules.</summary>
    [Params(10, 100, 1_000)]
    public int Rules { get; set; }

    /// <summary>The hand-written compilation: build and compile each rule's alpha test and join test as delegates.</summary>
    /// <returns>The number of delegates compiled.</returns>
    [Benchmark(Baseline = true)]
    public long CompileExpressions()
    {
        var compiled = new Dictionary<int, (Func<Order, bool> Alpha, Func<Customer, Order, bool> Join)>(Rules);
        for (var i = 0; i < Rules; i++)
        {
            var threshold = i;
            Expression<Func<Order, bool>> alpha = o => o.Amount >= threshold;
            Expression<Func<Customer, Order, bool>> join = (c, o) => o.CustomerId == c.Id;
            compiled.Add(i, (alpha.Compile(), join.Compile()));
        }

        return compiled.Count * 2;
    }

    /// <summary>The engine: Load the N rules through an activator, Compile.</summary>
    /// <returns>The number of rules loaded (the factory is built).</returns>
    [Benchmark]
    public long Engine()
    {
        var repository = new RuleRepository { Activator = new GeneratedRuleActivator(Rules) };
        repository.Load(x => x.From(typeof(GeneratedRule)));
        var factory = repository.Compile();
        return factory is null ? 0 : repository.GetRuleSets()[0].Rules.Count;
    }

    /// <summary>The engine: Load, Compile and create one session (this engine builds a session's nodes from the compiled plans).</summary>
    /// <returns>The number of nodes in the session's network.</returns>
    [Benchmark]
    public long EngineAndSession()
    {
        var repository = new RuleRepository { Activator = new GeneratedRuleActivator(Rules) };
        repository.Load(x => x.From(typeof(GeneratedRule)));
        return repository.Compile().CreateSession().GetSchema().Nodes.Count;
    }

    /// <summary>A two-pattern rule whose alpha test reads the rule's own threshold.</summary>
    internal sealed class GeneratedRule : Rule
    {
        private readonly int _threshold;

        public GeneratedRule(int threshold) => _threshold = threshold;

        /// <inheritdoc />
        public override void Define()
        {
            Name("Generated." + _threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var threshold = _threshold;
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.Amount >= threshold, o => o.CustomerId == customer.Id);
            Then()
                .Do(ctx => FiringCounter.Hit());
        }
    }

    /// <summary>Creates N instances of <see cref="GeneratedRule"/>.</summary>
    private sealed class GeneratedRuleActivator : IRuleActivator
    {
        private readonly int _count;

        public GeneratedRuleActivator(int count) => _count = count;

        public IEnumerable<Rule> Activate(Type type)
        {
            for (var i = 0; i < _count; i++)
            {
                yield return new GeneratedRule(i);
            }
        }
    }
}
