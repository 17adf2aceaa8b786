using Campaign.Rules.Fluent.Dsl;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Tests.Differential;

// The rules under differential test. Each rule has a brute-force twin in BruteForceMatcher (same name), written
// with plain loops over all current facts.

[Name("R01-JoinEq")]
internal sealed class JoinEqRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        Order o = null!;
        When().Match(() => c).Match(() => o, x => x.CustomerId == c.Id);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R02-JoinEqResidual"), Priority(5), Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class JoinEqResidualRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        Order o = null!;
        When().Match(() => c, x => x.Level >= 1).Match(() => o, x => x.CustomerId == c.Id, x => x.Amount > c.Level * 2);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R03-JoinNonEq"), Priority(-1)]
internal sealed class JoinNonEqRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        Order o = null!;
        When().Match(() => c, x => x.Region == 0).Match(() => o, x => x.Amount <= c.Level * 3);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R04-Not")]
internal sealed class NotRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        When().Match(() => c).Not<Order>(x => x.CustomerId == c.Id, x => x.Amount >= 3);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R05-NotNonEq"), Priority(3), Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class NotNonEqRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        When().Match(() => c, x => x.Region == 1).Not<Order>(x => x.Amount > c.Level * 3);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R06-Exists"), Priority(2)]
internal sealed class ExistsRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        When().Match(() => c).Exists<Order>(x => x.CustomerId == c.Id);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R07-ExistsMutableKey"), Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class ExistsMutableKeyRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        When().Match(() => c).Exists<Order>(x => x.Amount == c.Level, x => x.CustomerId != c.Id);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R08-Collect")]
internal sealed class CollectRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        IEnumerable<Order> orders = null!;
        When().Match(() => c).Query(() => orders, q => q.Match<Order>().Where(x => x.CustomerId == c.Id).Collect());
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R09-CollectFiltered"), Priority(1), Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class CollectFilteredRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        IEnumerable<Order> orders = null!;
        When().Match(() => c, x => x.Level > 0).Query(() => orders, q => q.Match<Order>(x => x.Amount > 4).Where(x => x.CustomerId == c.Id).Collect());
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R10-GroupBy")]
internal sealed class GroupByRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        IGrouping<int, Order> group = null!;
        When().Match(() => c).Query(() => group, q => q.Match<Order>().Where(x => x.CustomerId == c.Id).GroupBy(x => x.Amount % 3));
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R11-SelfJoin")]
internal sealed class SelfJoinRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        Order first = null!;
        Order second = null!;
        When()
            .Match(() => c)
            .Match(() => first, x => x.CustomerId == c.Id)
            .Match(() => second, x => x.CustomerId == c.Id, x => x.Amount > first.Amount);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R12-LargestOrder"), Priority(1)]
internal sealed class LargestOrderRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        Order o = null!;
        When()
            .Match(() => c)
            .Match(() => o, x => x.CustomerId == c.Id)
            .Not<Order>(x => x.CustomerId == c.Id, x => x.Amount > o.Amount);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R13-SameRegion"), Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class SameRegionRule : Rule
{
    public override void Define()
    {
        Customer a = null!;
        Customer b = null!;
        When().Match(() => a).Match(() => b, x => x.Region == a.Region, x => x.Id > a.Id);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R14-Having")]
internal sealed class HavingRule : Rule
{
    public override void Define()
    {
        Customer c = null!;
        Order o = null!;
        When().Match(() => c).Match(() => o, x => x.CustomerId == c.Id).Having(() => o.Amount + c.Level > 6);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}

[Name("R15-Let"), Priority(-2)]
internal sealed class LetRule : Rule
{
    public override void Define()
    {
        Order o = null!;
        int doubled = 0;
        When().Match(() => o).Let(() => doubled, () => o.Amount * 2).Having(() => doubled > 8);
        Then().Do(ctx => ctx.Rule.Name.Trim());
    }
}
