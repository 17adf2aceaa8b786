using Campaign.Rules.Compilation;
using Campaign.Rules.Diagnostics;
using Campaign.Rules.Extensibility;

namespace Campaign.Rules;

/// <summary>
/// The compiled network plans. Immutable after <c>Compile()</c> (sessions build their own memories from the
/// shared plans), hence safe to share between threads.
/// </summary>
internal sealed class SessionFactory : ISessionFactory
{
    public SessionFactory(IReadOnlyList<RuleBranch> branches) => Branches = branches;

    public IReadOnlyList<RuleBranch> Branches { get; }

    public IEventProvider Events => EventAggregator;

    public IDependencyResolver? DependencyResolver { get; set; }

    internal EventAggregator EventAggregator { get; } = new(null);

    public ISession CreateSession() => new Session(this);

    public ISession CreateSession(Action<ISession> initializationAction)
    {
        ArgumentNullException.ThrowIfNull(initializationAction);
        var session = CreateSession();
        initializationAction(session);
        return session;
    }

    public ReteGraph GetSchema() => new Session(this).GetSchema();
}
