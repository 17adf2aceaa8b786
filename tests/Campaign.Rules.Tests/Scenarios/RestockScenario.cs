using Campaign.Rules.Tests.Builders;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.Scenarios;

/// <summary>
/// A warehouse end to end: a product low on stock gets one restock order unless one is pending, an empty shelf is
/// urgent (higher priority), deliveries close the order and refill the shelf through forward chaining. The only
/// runtime-specific line is the compile call.
/// </summary>
public class RestockScenario
{
    public sealed class Product(string sku, int stock)
    {
        public string Sku { get; } = sku;

        public int Stock { get; set; } = stock;
    }

    public sealed class RestockOrder(string sku, bool urgent)
    {
        public string Sku { get; } = sku;

        public bool Urgent { get; } = urgent;

        public bool Delivered { get; set; }
    }

    public sealed class Log
    {
        public List<string> Lines { get; } = new();
    }

    [Priority(10)]
    public class UrgentRestockRule : Rule
    {
        public override void Define()
        {
            Product product = null!;
            Log log = null!;
            Dependency().Resolve(() => log);
            When()
                .Match(() => product, p => p.Stock == 0)
                .Not<RestockOrder>(o => o.Sku == product.Sku && !o.Delivered);
            Then()
                .Do(ctx => log.Lines.Add("urgent " + product.Sku))
                .Do(ctx => ctx.Insert(new RestockOrder(product.Sku, true)));
        }
    }

    public class RestockRule : Rule
    {
        public override void Define()
        {
            Product product = null!;
            Log log = null!;
            Dependency().Resolve(() => log);
            When()
                .Match(() => product, p => p.Stock > 0, p => p.Stock < 5)
                .Not<RestockOrder>(o => o.Sku == product.Sku && !o.Delivered);
            Then()
                .Do(ctx => log.Lines.Add("restock " + product.Sku))
                .Do(ctx => ctx.Insert(new RestockOrder(product.Sku, false)));
        }
    }

    /// <summary>Before the urgent rule: a delivered order re-enables the Not, but the refill comes first.</summary>
    [Priority(20)]
    public class DeliveryRule : Rule
    {
        public override void Define()
        {
            RestockOrder order = null!;
            Product product = null!;
            Log log = null!;
            Dependency().Resolve(() => log);
            When()
                .Match(() => order, o => o.Delivered)
                .Match(() => product, p => p.Sku == order.Sku);
            Then()
                .Do(ctx => log.Lines.Add("delivered " + product.Sku))
                .Do(ctx => Refill(product))
                .Do(ctx => ctx.Update(product))
                .Do(ctx => ctx.Retract(order));
        }

        private static void Refill(Product product) => product.Stock += 20;
    }

    private sealed class Resolver(Log log) : NRules.Extensibility.IDependencyResolver
    {
        public object Resolve(NRules.Extensibility.IResolutionContext context, Type serviceType) => log;
    }

    [Theory]
    [BothRuntimes]
    public void LowShelvesAreRestockedOnce_EmptyOnesFirst_AndDeliveriesRefillThem(string runtime)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(UrgentRestockRule), typeof(RestockRule), typeof(DeliveryRule)));
        var factory = runtime == Runtime.NRulesName ? repository.Compile() : repository.CompileIndexed();
        var session = factory.CreateSession();
        var log = new Log();
        session.DependencyResolver = new Resolver(log);
        var pens = new Product("pens", 3);
        var ink = new Product("ink", 0);
        session.InsertAll([pens, ink, new Product("paper", 40)]);

        session.Fire();
        pens.Stock = 1;
        session.Update(pens);
        session.Fire();
        var pending = session.Query<RestockOrder>().AsEnumerable().Select(o => o.Sku + (o.Urgent ? "!" : string.Empty)).Order(StringComparer.Ordinal).ToList();
        foreach (var order in session.Query<RestockOrder>().ToList())
        {
            order.Delivered = true;
            session.Update(order);
        }

        session.Fire();

        pending.Should().Equal("ink!", "pens");
        log.Lines.Should().Equal("urgent ink", "restock pens", "delivered ink", "delivered pens");
        session.Query<RestockOrder>().Should().BeEmpty();
        session.Query<Product>().AsEnumerable().Select(p => p.Sku + "=" + p.Stock).Order(StringComparer.Ordinal)
            .Should().Equal("ink=20", "paper=40", "pens=21");
    }
}
