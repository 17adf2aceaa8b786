namespace Campaign.Rules.Tests.Builders;

using NRules;
using NRules.Fluent;

/// <summary>Loads rule types into NRules' repository, compiles them on a runtime and opens sessions wired to a recorder.</summary>
public static class Engine
{
    public static RuleRepository Repository(params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(ruleTypes));
        return repository;
    }

    public static ISessionFactory Compile(string runtime, params Type[] ruleTypes) =>
        Runtime.Named(runtime).Compile(Repository(ruleTypes));

    public static (ISession Session, Recorder Recorder) Session(string runtime, params Type[] ruleTypes)
    {
        var recorder = new Recorder();
        var session = Compile(runtime, ruleTypes).CreateSession();
        session.DependencyResolver = recorder;
        return (session, recorder);
    }

    /// <summary>Facts and tuples held in every node of an indexed session.</summary>
    public static int TotalCount(ISession session)
    {
        var total = 0;
        foreach (var node in session.GetIndexedSchema().Nodes)
        {
            total += node.FactCount + node.TupleCount;
        }

        return total;
    }
}
