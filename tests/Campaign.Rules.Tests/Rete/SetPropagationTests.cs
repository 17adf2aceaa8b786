using Campaign.Rules.Fluent.Dsl;
using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.Rete;

/// <summary>InsertAll, UpdateAll and RetractAll propagate as sets: Not/Exists, queries, linked facts, rollback, order.</summary>
public class SetPropagationTests
{
    public class NoOrdersRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Not<Order>(o => o.CustomerId == customer.Id);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("none " + customer));
        }
    }

    public class SomeOrdersRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Exists<Order>(o => o.CustomerId == customer.Id);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("some " + customer));
        }
    }

    public class OrdersOfCustomerRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.CustomerId == customer.Id).Collect());
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + " [" + string.Join(",", orders) + "]"));
        }
    }

    public class AlertPerOrderRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order);
            Then().Yield(() => new Alert("order " + order));
        }
    }

    public class CustomerRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("customer " + customer));
        }
    }

    public class OrderRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("order " + order));
        }
    }

    [Fact]
    public void InsertAll_OfCustomersAndOrders_FiresNotForTheCustomerWithoutOrders_AndExistsOnce()
    {
        // Arrange
        var (session, recorder) = Engine.Session(typeof(NoOrdersRule), typeof(SomeOrdersRule));

        // Act
        session.InsertAll([new Customer(1), new Order(1, 1), new Order(2, 1), new Customer(2)]);
        session.Fire();

        // Assert
        recorder.Firings.Should().BeEquivalentTo("none C2", "some C1");
    }

    [Fact]
    public void RetractAll_OfTheOrders_UnblocksNot_AndDeletesTheExistsActivation()
    {
        // Arrange
        var (session, recorder) = Engine.Session(typeof(NoOrdersRule), typeof(SomeOrdersRule));
        var orders = new[] { new Order(1, 1), new Order(2, 1) };
        session.InsertAll([new Customer(1), .. orders]);
        session.Fire();
        recorder.Firings.Clear();

        // Act
        session.RetractAll(orders);
        var fired = session.Fire();

        // Assert
        fired.Should().Be(1);
        recorder.Firings.Should().Equal("none C1");
    }

    [Fact]
    public void UpdateAll_MovingOrdersBetweenCustomers_UpdatesBothCollections()
    {
        // Arrange
        var (session, recorder) = Engine.Session(typeof(OrdersOfCustomerRule));
        var orders = new[] { new Order(1, 1), new Order(2, 1), new Order(3, 2) };
        session.InsertAll([new Customer(1), new Customer(2), .. orders]);
        session.Fire();
        recorder.Firings.Clear();

        // Act
        orders[0].CustomerId = 2;
        orders[1].CustomerId = 2;
        session.UpdateAll([orders[0], orders[1]]);
        session.Fire();

        // Assert
        recorder.Firings.Should().BeEquivalentTo("C1 []", "C2 [O3,O1,O2]");
    }

    [Fact]
    public void InsertAll_IntoOneCollection_GivesOneActivationWithTheWholeSet()
    {
        // Arrange
        var (session, recorder) = Engine.Session(typeof(OrdersOfCustomerRule));

        // Act
        session.InsertAll([new Customer(1), new Order(1, 1), new Order(2, 1), new Order(3, 1)]);
        var fired = session.Fire();

        // Assert
        fired.Should().Be(1);
        recorder.Firings.Should().Equal("C1 [O1,O2,O3]");
    }

    [Fact]
    public void RetractAll_OfTheOrders_RetractsTheirLinkedFacts()
    {
        // Arrange
        var (session, _) = Engine.Session(typeof(AlertPerOrderRule));
        var orders = new[] { new Order(1, 1), new Order(2, 1), new Order(3, 2) };
        session.InsertAll(orders);
        session.Fire();
        session.Query<Alert>().Should().HaveCount(3);

        // Act
        session.RetractAll([orders[0], orders[2]]);

        // Assert
        session.Query<Alert>().Select(a => a.Text).Should().Equal("order O2");
    }

    [Fact]
    public void InsertAll_WithAFactTwiceInTheSet_InsertsNothingAndThrows()
    {
        // Arrange
        var (session, _) = Engine.Session(typeof(NoOrdersRule), typeof(OrdersOfCustomerRule));
        var customer = new Customer(1);

        // Act
        var act = () => session.InsertAll([customer, new Order(1, 1), customer]);

        // Assert
        act.Should().Throw<ArgumentException>();
        session.Query<object>().Should().BeEmpty();
        Engine.TotalCount(session).Should().Be(0);
        session.Fire().Should().Be(0);
    }

    [Fact]
    public void InsertAll_WithAFactAlreadyPresent_InsertsNoneOfTheSet()
    {
        // Arrange
        var (session, recorder) = Engine.Session(typeof(NoOrdersRule));
        var customer = new Customer(1);
        session.Insert(customer);

        // Act
        var act = () => session.InsertAll([new Order(1, 1), new Customer(2), customer]);

        // Assert: the order and the second customer are not in the session, the first customer's match stands
        act.Should().Throw<ArgumentException>();
        session.Query<object>().Should().Equal(customer);
        session.Fire();
        recorder.Firings.Should().Equal("none C1");
    }

    [Fact]
    public void InsertAll_OfMixedTypes_ActivatesPerTypeInOrderOfFirstAppearance()
    {
        // Arrange
        var (session, recorder) = Engine.Session(typeof(CustomerRule), typeof(OrderRule));

        // Act: orders appear first in the set, so the Order type node propagates its facts first
        session.InsertAll([new Order(1, 1), new Customer(1), new Order(2, 1), new Customer(2)]);
        session.Fire();

        // Assert
        recorder.Firings.Should().Equal("order O1", "order O2", "customer C1", "customer C2");
    }

    [Fact]
    public void RetractAll_OfEverything_LeavesEveryCounterAtZero()
    {
        // Arrange
        var (session, _) = Engine.Session(typeof(NoOrdersRule), typeof(SomeOrdersRule), typeof(OrdersOfCustomerRule), typeof(AlertPerOrderRule));
        object[] facts = [new Customer(1), new Customer(2), new Order(1, 1), new Order(2, 1), new Order(3, 2)];
        session.InsertAll(facts);
        session.Fire();
        ((Order)facts[2]).CustomerId = 2;
        session.UpdateAll([facts[2], facts[0]]);
        session.Fire();

        // Act
        session.RetractAll(facts);

        // Assert
        Engine.TotalCount(session).Should().Be(0);
        session.Query<object>().Should().BeEmpty();
    }

    [Fact]
    public void InsertAll_WhileAnEventHandlerInsertsAFact_PropagatesBoth()
    {
        // Arrange: a handler that inserts a customer when the first order activation is created, during the set
        var (session, recorder) = Engine.Session(typeof(CustomerRule), typeof(OrderRule));
        var inserted = false;
        session.Events.ActivationCreatedEvent += (_, e) =>
        {
            if (!inserted && e.Rule.Name.EndsWith(nameof(OrderRule), StringComparison.Ordinal))
            {
                inserted = true;
                session.Insert(new Customer(9));
            }
        };

        // Act
        session.InsertAll([new Order(1, 1), new Order(2, 1), new Customer(1)]);
        session.Fire();

        // Assert
        recorder.Firings.Should().BeEquivalentTo("order O1", "order O2", "customer C1", "customer C9");
    }
}
