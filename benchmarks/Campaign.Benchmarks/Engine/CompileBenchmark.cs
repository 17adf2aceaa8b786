using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Campaign.Rules;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// Loads and compiles N generated two-pattern rules (customer, order joined on the customer id, with an alpha test whose
/// constant comes from the rule's own closure, so no two rules share it), with NRules' repository, for Campaign.Rules and
/// for NRules' runtime. The baseline compiles the same 2N condition expressions into delegates directly: the work no rules
/// compiler can avoid. The <c>…WithSession</c> cases also create one session. Targets: linear in N; within 1.5x of NRules.
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

    /// <summary>Campaign.Rules: Load the N rules through an activator, <c>CompileIndexed()</c>.</summary>
    /// <returns>The number of rules loaded (the factory is built).</returns>
    [Benchmark]
    public long Indexed()
    {
        var repository = Load();
        return repository.CompileIndexed() is null ? 0 : Count(repository);
    }

    /// <summary>NRules' runtime: Load the N rules through an activator, <c>Compile()</c>.</summary>
    /// <returns>The number of rules loaded (the factory is built).</returns>
    [Benchmark]
    public long NRules()
    {
        var repository = Load();
        return repository.Compile() is null ? 0 : Count(repository);
    }

    /// <summary>Campaign.Rules: Load, compile and create one session.</summary>
    /// <returns>The number of rules loaded (the session is built).</returns>
    [Benchmark]
    public long IndexedWithSession()
    {
        var repository = Load();
        return repository.CompileIndexed().CreateSession() is null ? 0 : Count(repository);
    }

    /// <summary>NRules' runtime: Load, compile and create one session.</summary>
    /// <returns>The number of rules loaded (the session is built).</returns>
    [Benchmark]
    public long NRulesWithSession()
    {
        var repository = Load();
        return repository.Compile().CreateSession() is null ? 0 : Count(repository);
    }

    private RuleRepository Load() => EngineData.Load(new GeneratedRuleActivator(Rules), typeof(GeneratedRule));

    private static long Count(RuleRepository repository)
    {
        var count = 0;
        foreach (var set in repository.GetRuleSets())
        {
            count += set.Rules.Count();
        }

        return count;
    }

    /// <summary>A two-pattern rule whose alpha test reads the rule's own threshold.</summary>
    public sealed class GeneratedRule : Rule
    {
        private readonly int _threshold;

        /// <summary>Creates the rule with its threshold.</summary>
        /// <param name="threshold">The amount an order must reach.</param>
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
