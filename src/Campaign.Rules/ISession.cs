using Campaign.Rules.Diagnostics;
using Campaign.Rules.Extensibility;

namespace Campaign.Rules;

/// <summary>
/// A rules session: working memory, agenda and the network's memories. Not thread-safe: use one session per
/// thread (the factory is shared).
/// </summary>
public interface ISession
{
    /// <summary>The session's events (the factory's events are raised as well).</summary>
    IEventProvider Events { get; }

    /// <summary>Resolves rule dependencies at firing time (defaults to the factory's resolver).</summary>
    IDependencyResolver? DependencyResolver { get; set; }

    /// <summary>
    /// When true (the default), facts linked to activations are propagated after each rule firing and each
    /// operation; when false they wait for <see cref="PropagateLinked"/>.
    /// </summary>
    bool AutoPropagateLinkedFacts { get; set; }

    /// <summary>Inserts a fact. Throws <see cref="ArgumentException"/> when it is already present.</summary>
    /// <param name="fact">The fact.</param>
    void Insert(object fact);

    /// <summary>Inserts facts as a set; throws <see cref="ArgumentException"/> and inserts none when one is present.</summary>
    /// <param name="facts">The facts.</param>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Updates a fact. Throws <see cref="ArgumentException"/> when it is absent or linked.</summary>
    /// <param name="fact">The fact, or an object with the same identity that replaces it.</param>
    void Update(object fact);

    /// <summary>Updates facts as a set; throws <see cref="ArgumentException"/> and updates none when one is absent.</summary>
    /// <param name="facts">The facts.</param>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Updates a fact when present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Retracts a fact. Throws <see cref="ArgumentException"/> when it is absent or linked.</summary>
    /// <param name="fact">The fact.</param>
    void Retract(object fact);

    /// <summary>Retracts facts as a set; throws <see cref="ArgumentException"/> and retracts none when one is absent.</summary>
    /// <param name="facts">The facts.</param>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Retracts a fact when present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when retracted.</returns>
    bool TryRetract(object fact);

    /// <summary>Fires activations until the agenda is empty or a rule halts.</summary>
    /// <returns>The number of rules fired.</returns>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> activations.</summary>
    /// <param name="maxRulesNumber">The limit.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(int maxRulesNumber);

    /// <summary>Fires until the agenda is empty, a rule halts or the token is cancelled (checked between firings).</summary>
    /// <param name="cancellationToken">The token.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(CancellationToken cancellationToken);

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> activations, stopping early on halt or cancellation.</summary>
    /// <param name="maxRulesNumber">The limit.</param>
    /// <param name="cancellationToken">The token.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(int maxRulesNumber, CancellationToken cancellationToken);

    /// <summary>Queries the facts of a type (and derived types) in working memory.</summary>
    /// <typeparam name="TFact">The type.</typeparam>
    /// <returns>A query over a snapshot of the matching facts.</returns>
    IQueryable<TFact> Query<TFact>();

    /// <summary>Propagates pending linked facts (needed only when <see cref="AutoPropagateLinkedFacts"/> is false).</summary>
    void PropagateLinked();

    /// <summary>Returns the session's network with its memory counters.</summary>
    /// <returns>The graph.</returns>
    ReteGraph GetSchema();
}
