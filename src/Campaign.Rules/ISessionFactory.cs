using Campaign.Rules.Diagnostics;
using Campaign.Rules.Extensibility;

namespace Campaign.Rules;

/// <summary>A compiled rule network; thread-safe, shared by any number of sessions.</summary>
public interface ISessionFactory
{
    /// <summary>Events raised by every session of this factory.</summary>
    IEventProvider Events { get; }

    /// <summary>The dependency resolver given to new sessions.</summary>
    IDependencyResolver? DependencyResolver { get; set; }

    /// <summary>Creates a session with empty working memory.</summary>
    /// <returns>The session.</returns>
    ISession CreateSession();

    /// <summary>Creates a session and runs an initialization action on it.</summary>
    /// <param name="initializationAction">Run on the new session (e.g. to insert facts).</param>
    /// <returns>The session.</returns>
    ISession CreateSession(Action<ISession> initializationAction);

    /// <summary>Returns the network's structure (counters are zero).</summary>
    /// <returns>The graph.</returns>
    ReteGraph GetSchema();
}
