using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.PublicApi;

using NRules.RuleModel;

/// <summary>The rules of <see cref="PublicApiTests"/>.</summary>
public static class PublicApiRules
{
    [Name("Customer")]
    public class CustomerRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("customer " + customer));
        }
    }

    [Name("OrderOfCustomer")]
    public class OrderOfCustomerRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => o.CustomerId == customer.Id);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + "-" + order));
        }
    }

    [Name("Count")]
    public class CountRule : Rule
    {
        public override void Define()
        {
            OrderCount count = null!;
            When().Query(() => count, q => q.Match<Order>().CountFacts());
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("count " + count.Value));
        }
    }

    [Name("Context")]
    public class ContextRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            CancellationTokenSource cancellation = null!;
            Dependency().Resolve(() => cancellation);
            When().Match(() => customer).Match(() => order, o => o.CustomerId == customer.Id);
            Then().Do(ctx => ContextProbe.Record(ctx, cancellation));
        }
    }

    [Name("Linking")]
    public class LinkingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => Linking.Step(ctx, customer.Name));
        }
    }

    [Name("NoteSeen")]
    public class NoteSeenRule : Rule
    {
        public override void Define()
        {
            Note note = null!;
            When().Match(() => note);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("seen " + note));
        }
    }

    [Name("Named")]
    public class NamedCustomerRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.Name.Length > 0);
            Filter().Where(() => customer.Name != "x" || customer.Name.Substring(5) == string.Empty);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("named " + customer.Name.Substring(1, 1)));
        }
    }

    /// <summary>What an action reads from its <see cref="IContext"/>.</summary>
    public static class ContextProbe
    {
        public static void Record(IContext context, CancellationTokenSource cancellation)
        {
            var recorder = (Recorder)context.Resolve(typeof(Recorder));
            var facts = string.Join(",", context.Match.Facts.Select(f => f.Declaration.Name + "=" + f.Value));
            var before = context.CancellationToken.IsCancellationRequested;
            cancellation.Cancel();
            recorder.Add(context.Rule.Name + " [" + facts + "] " + context.Match.Rule.Name + " cancellable=" + context.CancellationToken.CanBeCanceled +
                " cancelled " + before + "->" + context.CancellationToken.IsCancellationRequested);
        }
    }

    /// <summary>
    /// The linked-fact operations of <see cref="IContext"/>, one stage per customer name: "insert" (InsertAllLinked and
    /// InsertLinked), "update" (UpdateAllLinked and UpdateLinked), "retract one" (RetractLinked), "retract all"
    /// (RetractAllLinked); each stage first records the keys and facts it finds (GetLinkedKeys, GetLinked).
    /// </summary>
    public static class Linking
    {
        public static void Step(IContext context, string stage)
        {
            var recorder = context.Resolve<Recorder>();
            var keys = context.GetLinkedKeys().Cast<string>().Order(StringComparer.Ordinal).ToList();
            recorder.Add(stage + ": " + string.Join(",", keys.Select(k => k + "=" + context.GetLinked(k))));
            switch (stage)
            {
                case "insert":
                    context.InsertAllLinked([new KeyValuePair<object, object>("a", new Note("a")), new KeyValuePair<object, object>("b", new Note("b"))]);
                    context.InsertLinked("c", new Note("c"));
                    break;
                case "update":
                    var notes = keys.Select(k => (Note)context.GetLinked(k)!).ToList();
                    notes.ForEach(n => n.Version++);
                    context.UpdateAllLinked(notes.Where(n => n.Key != "c").Select(n => new KeyValuePair<object, object>(n.Key, n)));
                    context.UpdateLinked("c", notes.Single(n => n.Key == "c"));
                    break;
                case "retract one":
                    context.RetractLinked("c", context.GetLinked("c")!);
                    break;
                case "retract all":
                    context.RetractAllLinked(keys.Select(k => new KeyValuePair<object, object>(k, context.GetLinked(k)!)));
                    break;
            }
        }
    }
}
