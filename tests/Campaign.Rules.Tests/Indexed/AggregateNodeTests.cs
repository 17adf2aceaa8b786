using Campaign.Rules.Tests.Builders;
using Campaign.Rules.Tests.Rete;

namespace Campaign.Rules.Tests.Indexed;

/// <summary>Internals of the indexed runtime's aggregate nodes: needs the runtime's internal session and node types.</summary>
public class AggregateNodeTests
{
    [Fact]
    public void InsertAll_OfALargeSet_LeavesNoLargePendingTableBehind()
    {
        // Indexed only: inspects the indexed runtime's network (GetIndexedSchema), which NRules' runtime does not have.
        const string runtime = Runtime.IndexedName;
        // A large table left behind would be zeroed by every later single change (Dictionary.Clear is O(capacity)).
        var (session, _) = Engine.Session(runtime, typeof(QueryTests.OrdersPerCustomerRule));
        var facts = new List<object>();
        for (var i = 0; i < 5_000; i++)
        {
            facts.Add(new Customer(i));
            facts.Add(new Order(100_000 + i, i));
        }

        session.InsertAll(facts);
        session.Fire();
        session.Insert(new Order(1, 7));

        var aggregates = new List<Campaign.Rules.Rete.AggregateNode>();
        foreach (var root in ((Campaign.Rules.Session)(object)session).Network.BetaRoots)
        {
            for (Campaign.Rules.Rete.BetaNode? node = root; node is not null; node = (node as Campaign.Rules.Rete.BetaNode)?.Child)
            {
                if (node is Campaign.Rules.Rete.AggregateNode aggregate)
                {
                    aggregates.Add(aggregate);
                }

                if (node.Child is null || ReferenceEquals(node.Child, node))
                {
                    break;
                }
            }
        }

        aggregates.Should().NotBeEmpty();
        aggregates.Should().AllSatisfy(a => a.PendingCapacity.Should().BeLessThan(5_000));
    }
}
