using Campaign.Rules.Tests.Builders;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.Scenarios;

/// <summary>
/// A shop's loyalty programme end to end: purchases add up per member, a member over the threshold gets a discount
/// (a linked fact, withdrawn with the purchases that earned it), and a discount for a gold member is announced once.
/// The only runtime-specific line is the compile call.
/// </summary>
public class LoyaltyScenario
{
    public sealed class Member(string name, bool gold)
    {
        public string Name { get; } = name;

        public bool Gold { get; set; } = gold;
    }

    public sealed class Purchase(string member, int amount)
    {
        public string Member { get; } = member;

        public int Amount { get; } = amount;
    }

    public sealed class Discount(string member, int percent)
    {
        public string Member { get; } = member;

        public int Percent { get; } = percent;

        public override string ToString() => Member + " " + Percent + "%";
    }

    public sealed class Announcements
    {
        public List<string> Lines { get; } = new();
    }

    public class DiscountRule : Rule
    {
        public override void Define()
        {
            Member member = null!;
            int total = 0;
            When()
                .Match(() => member)
                .Query(() => total, q => q.Match<Purchase>(p => p.Member == member.Name).Select(p => p.Amount).Collect().Select(a => a.Sum()))
                .Having(() => total >= 100);
            Then().Yield(ctx => new Discount(member.Name, total >= 200 ? 10 : 5));
        }
    }

    [Repeatability(NRules.RuleModel.RuleRepeatability.NonRepeatable)]
    public class GoldAnnouncementRule : Rule
    {
        public override void Define()
        {
            Member member = null!;
            Discount discount = null!;
            Announcements announcements = null!;
            Dependency().Resolve(() => announcements);
            When()
                .Match(() => member, m => m.Gold)
                .Match(() => discount, d => d.Member == member.Name);
            Then().Do(ctx => announcements.Lines.Add("gold " + discount));
        }
    }

    private sealed class Resolver(Announcements announcements) : NRules.Extensibility.IDependencyResolver
    {
        public object Resolve(NRules.Extensibility.IResolutionContext context, Type serviceType) => announcements;
    }

    [Theory]
    [BothRuntimes]
    public void PurchasesEarnAndLoseDiscounts_GoldMembersAreAnnouncedOncePerDiscount(string runtime)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(DiscountRule), typeof(GoldAnnouncementRule)));
        var factory = runtime == Runtime.NRulesName ? repository.Compile() : repository.CompileIndexed();
        var session = factory.CreateSession();
        var announcements = new Announcements();
        session.DependencyResolver = new Resolver(announcements);
        var ann = new Member("ann", gold: true);
        var bob = new Member("bob", gold: false);
        var annBig = new Purchase("ann", 80);
        session.InsertAll([ann, bob, new Purchase("ann", 30), annBig, new Purchase("bob", 60)]);

        session.Fire();
        var first = Discounts(session);
        session.Insert(new Purchase("bob", 150));
        session.Fire();
        var second = Discounts(session);
        session.Retract(annBig);
        session.Fire();
        var third = Discounts(session);
        bob.Gold = true;
        session.Update(bob);
        session.Fire();

        first.Should().Equal("ann 5%");
        second.Should().Equal("ann 5%", "bob 10%");
        third.Should().Equal("bob 10%");
        announcements.Lines.Should().Equal("gold ann 5%", "gold bob 10%");
    }

    private static List<string> Discounts(ISession session) =>
        session.Query<Discount>().AsEnumerable().Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
}
