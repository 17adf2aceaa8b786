using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// The rules of the differential test: joins, Not, Exists, both forms of All, Collect, GroupBy, linked facts, priorities
/// and repeatability. Every action records its match in the <see cref="FiringLog"/>.
/// </summary>
public static class DifferentialRules
{
    public static readonly Type[] All =
    [
        typeof(VipOrderJoin), typeof(CustomerWithoutOrders), typeof(CustomerWithOpenOrders), typeof(CustomerAllOrdersClosed),
        typeof(EveryOrderPositive), typeof(OrdersOfCustomer), typeof(BusyCustomers), typeof(BigOrderAlert), typeof(AlertOfVip),
        typeof(SameCustomerOrders), typeof(CustomerAboveEveryOrder), typeof(OrderBelowVip),
    ];

    /// <summary>
    /// Rules whose firings may differ between the runtimes by a permitted difference (docs/engine.md): an <c>All</c> rule,
    /// in either form, fires again on NRules when conforming facts come or go after it fired, an artifact of NRules'
    /// propagation. Their firings are left out of the comparison.
    /// </summary>
    private static readonly Lazy<Dictionary<string, int>> Priorities = new(() =>
        NRules.RuleRepositoryExtensions.GetRules(Builders.Engine.Repository(All)).ToDictionary(rule => rule.Name, rule => rule.Priority));

    /// <summary>The priority of a rule of this set, by name.</summary>
    public static int PriorityOf(string ruleName) => Priorities.Value[ruleName];

    public static readonly IReadOnlySet<string> PermittedDifferences = new HashSet<string> { nameof(EveryOrderPositive), nameof(CustomerAllOrdersClosed) };

    [Name(nameof(VipOrderJoin))]
    [Priority(5)]
    public class VipOrderJoin : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.IsVip)
                .Match(() => order, o => o.CustomerId == customer.Id, o => o.Amount > 20);
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    [Name(nameof(CustomerWithoutOrders))]
    [Repeatability(RuleRepeatability.NonRepeatable)]
    public class CustomerWithoutOrders : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Not<Order>(o => o.CustomerId == customer.Id);
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    [Name(nameof(CustomerWithOpenOrders))]
    public class CustomerWithOpenOrders : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Exists<Order>(o => o.CustomerId == customer.Id, o => o.IsOpen);
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    [Name(nameof(CustomerAllOrdersClosed))]
    [Priority(-99)]
    public class CustomerAllOrdersClosed : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .All<Order>(o => o.CustomerId == customer.Id, o => !o.IsOpen);
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    [Name(nameof(EveryOrderPositive))]
    [Priority(-100)]
    public class EveryOrderPositive : Rule
    {
        public override void Define()
        {
            When().All<Order>(o => o.Amount > 0);
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    [Name(nameof(OrdersOfCustomer))]
    public class OrdersOfCustomer : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.CustomerId == customer.Id).Collect());
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    [Name(nameof(BusyCustomers))]
    [Priority(2)]
    public class BusyCustomers : Rule
    {
        public override void Define()
        {
            IGrouping<int, Order> group = null!;
            When().Query(() => group, q => q.Match<Order>(o => o.IsOpen).GroupBy(o => o.CustomerId).Where(g => g.Count() >= 2));
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    [Name(nameof(BigOrderAlert))]
    public class BigOrderAlert : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount >= 50);
            Then()
                .Do(ctx => ctx.Resolve<FiringLog>().Record(ctx))
                .Yield(ctx => new Alert("O" + order.Id + " c" + order.CustomerId));
        }
    }

    [Name(nameof(AlertOfVip))]
    [Priority(1)]
    public class AlertOfVip : Rule
    {
        public override void Define()
        {
            Alert alert = null!;
            Customer customer = null!;
            When()
                .Match(() => alert)
                .Match(() => customer, c => c.IsVip, c => alert.Text.EndsWith(" c" + c.Id));
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    [Name(nameof(SameCustomerOrders))]
    public class SameCustomerOrders : Rule
    {
        public override void Define()
        {
            Order first = null!;
            Order second = null!;
            When()
                .Match(() => first)
                .Match(() => second, o => o.CustomerId == first.CustomerId, o => o.Id > first.Id);
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    /// <summary>Not with a non-equality (residual) join condition.</summary>
    [Name(nameof(CustomerAboveEveryOrder))]
    public class CustomerAboveEveryOrder : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Not<Order>(o => o.Amount > customer.Id * 20);
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }

    /// <summary>A join with a non-equality condition only.</summary>
    [Name(nameof(OrderBelowVip))]
    public class OrderBelowVip : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.IsVip)
                .Match(() => order, o => o.CustomerId < customer.Id);
            Then().Do(ctx => ctx.Resolve<FiringLog>().Record(ctx));
        }
    }
}
