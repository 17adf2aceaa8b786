using Campaign.Rules;
using NRules;
using NRules.Fluent;
using ISession = NRules.ISession;
using ISessionFactory = NRules.ISessionFactory;

namespace Campaign.Benchmarks.Engine;

/// <summary>Deterministic benchmark data (customers and orders spread over them) and the two runtimes' compile calls.</summary>
internal static class EngineData
{
    /// <summary>Customers 0..count-1; limits 0..999 and ratings 0..9 spread pseudo-randomly.</summary>
    public static Customer[] Customers(int count, int seed = 1)
    {
        var random = new Random(seed);
        var customers = new Customer[count];
        for (var i = 0; i < count; i++)
        {
            customers[i] = new Customer(i, random.Next(1000), random.Next(10));
        }

        return customers;
    }

    /// <summary>Orders of customers 0..customerCount-1 (customer <c>i % customerCount</c> for order i, so every order matches one customer).</summary>
    public static Order[] Orders(int count, int customerCount, int seed = 2)
    {
        var random = new Random(seed);
        var orders = new Order[count];
        for (var i = 0; i < count; i++)
        {
            orders[i] = new Order(i, i % customerCount, random.Next(1000), random.Next(5));
        }

        return orders;
    }

    /// <summary>What every join benchmark's rules side does on either runtime: a new session, InsertAll customers, InsertAll orders, Fire.</summary>
    /// <returns>The number of rules fired plus the firings counted by the actions.</returns>
    public static long Run(ISessionFactory factory, Customer[] customers, Order[] orders)
    {
        FiringCounter.Reset();
        var session = factory.CreateSession();
        session.InsertAll(customers);
        session.InsertAll(orders);
        var fired = session.Fire();
        return fired + FiringCounter.Count;
    }

    /// <summary>A session of the factory loaded with the customers and orders, every activation fired.</summary>
    public static ISession Loaded(ISessionFactory factory, Customer[] customers, Order[] orders)
    {
        var session = factory.CreateSession();
        session.InsertAll(customers);
        session.InsertAll(orders);
        session.Fire();
        return session;
    }

    /// <summary>Loads the rule classes with NRules' repository (the same rule text for both runtimes).</summary>
    public static RuleRepository Load(IRuleActivator? activator, params Type[] ruleTypes)
    {
        var repository = activator is null ? new RuleRepository() : new RuleRepository(activator);
        repository.Load(x => x.NestedTypes().From(ruleTypes));
        return repository;
    }

    /// <summary>Compiles the rule classes for Campaign.Rules' indexed runtime.</summary>
    public static ISessionFactory CompileIndexed(params Type[] ruleTypes) => Load(null, ruleTypes).CompileIndexed();

    /// <summary>Compiles the same rule classes for NRules' own runtime.</summary>
    public static ISessionFactory CompileNRules(params Type[] ruleTypes) => Load(null, ruleTypes).Compile();
}
