using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.Indexed;

/// <summary>A fact's alpha memories: the first two inline, the others in a list, refilled as it leaves them.</summary>
public class AlphaMembershipTests
{
    /// <summary>Orders above a threshold (each threshold its own rule, so each its own alpha memory).</summary>
    public abstract class Above(int threshold) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount > threshold);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(threshold + ":" + order));
        }
    }

    public class Above1() : Above(1);

    public class Above2() : Above(2);

    public class Above3() : Above(3);

    public class Above4() : Above(4);

    [Theory]
    [InlineData(new[] { 5, 0, 5 })]
    [InlineData(new[] { 5, 3, 1, 4, 2, 5, 0 })]
    [InlineData(new[] { 2, 5, 4, 1, 5, 3, 5 })]
    public void AFactEnteringAndLeavingFourMemories_MatchesExactlyTheRulesItPasses(int[] amounts)
    {
        // The memories are joined and left in several orders (first, second, listed): membership must follow the amount.
        var (session, recorder) = Engine.Session(Runtime.IndexedName, typeof(Above1), typeof(Above2), typeof(Above3), typeof(Above4));
        var order = new Order(1, 1, amounts[0]);
        session.Insert(order);
        foreach (var amount in amounts)
        {
            recorder.Firings.Clear();
            order.Amount = amount;
            session.Update(order);
            session.Fire();

            // Every rule whose memory holds the fact fires (new or updated activation); no other.
            var expected = Enumerable.Range(1, 4).Where(k => amount > k).Select(k => k + ":O1");
            recorder.Firings.Should().BeEquivalentTo(expected);
            session.GetIndexedSchema().Nodes.Where(n => n.NodeType == Campaign.Rules.NodeType.AlphaMemory).Sum(n => n.FactCount)
                .Should().Be(expected.Count());
        }

        session.Retract(order);
        Engine.TotalCount(session).Should().Be(0);
    }
}
