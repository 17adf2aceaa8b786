using Campaign.Rules.Fluent;

namespace Campaign.Rules.Tests.Builders;

/// <summary>Compiles rule types and opens a session wired to a recorder.</summary>
public static class Engine
{
    public static ISessionFactory Compile(params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        return repository.Compile();
    }

    public static (ISession Session, Recorder Recorder) Session(params Type[] ruleTypes)
    {
        var recorder = new Recorder();
        var session = Compile(ruleTypes).CreateSession();
        session.DependencyResolver = recorder;
        return (session, recorder);
    }

    public static int TotalCount(ISession session)
    {
        var total = 0;
        foreach (var node in session.GetSchema().Nodes)
        {
            total += node.FactCount + node.TupleCount;
        }

        return total;
    }
}
