using Campaign.Rules.Agenda;
using NRules.RuleModel;

namespace Campaign.Rules;

/// <summary>The <see cref="IContext"/> of the activation being fired (or undone).</summary>
internal sealed class ActionContext : IContext
{
    private readonly Session _session;

    public ActionContext(Session session) => _session = session;

    public Activation? Activation { get; set; }

    public IRuleDefinition Rule => Current.Branch.Definition.Source;

    public IMatch Match => Current;

    public CancellationToken CancellationToken => _session.FireCancellation;

    private Activation Current => Activation ?? throw new InvalidOperationException("No rule is being fired.");

    public void Halt() => _session.Halt();

    public void Insert(object fact) => _session.InsertCore(fact, null, throwIfPresent: true);

    public void InsertAll(IEnumerable<object> facts) => _session.InsertAllCore(facts);

    public bool TryInsert(object fact) => _session.InsertCore(fact, null, throwIfPresent: false);

    public void Update(object fact) => _session.UpdateCore(fact, null, throwIfAbsent: true);

    public void UpdateAll(IEnumerable<object> facts) => _session.UpdateAllCore(facts);

    public bool TryUpdate(object fact) => _session.UpdateCore(fact, null, throwIfAbsent: false);

    public void Retract(object fact) => _session.RetractCore(fact, null, throwIfAbsent: true);

    public void RetractAll(IEnumerable<object> facts) => _session.RetractAllCore(facts);

    public bool TryRetract(object fact) => _session.RetractCore(fact, null, throwIfAbsent: false);

    public void InsertLinked(object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        var activation = Current;
        activation.Linked ??= new LinkedFacts();
        if (!activation.Linked.TryAdd(key, fact))
        {
            throw new ArgumentException($"A fact is already linked under key {key}.", nameof(key));
        }

        _session.EnqueueLinked(Session.LinkedKind.Insert, activation, fact);
    }

    public void UpdateLinked(object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        var activation = Current;
        if (activation.Linked is null || !activation.Linked.TryGetValue(key, out var old))
        {
            throw new ArgumentException($"No fact is linked under key {key}.", nameof(key));
        }

        // The key identifies the linked fact, as in NRules: a new object under the same key updates that fact.
        activation.Linked.Replace(key, fact);
        _session.EnqueueLinked(Session.LinkedKind.Update, activation, fact, old);
    }

    public void RetractLinked(object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        var activation = Current;
        if (activation.Linked is null || !activation.Linked.Remove(key))
        {
            throw new ArgumentException($"No fact is linked under key {key}.", nameof(key));
        }

        _session.EnqueueLinked(Session.LinkedKind.Retract, activation, fact);
    }

    public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        ArgumentNullException.ThrowIfNull(keyedFacts);
        foreach (var (key, fact) in keyedFacts)
        {
            InsertLinked(key, fact);
        }
    }

    public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        ArgumentNullException.ThrowIfNull(keyedFacts);
        foreach (var (key, fact) in keyedFacts)
        {
            UpdateLinked(key, fact);
        }
    }

    public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        ArgumentNullException.ThrowIfNull(keyedFacts);
        foreach (var (key, fact) in keyedFacts)
        {
            RetractLinked(key, fact);
        }
    }

    public object? GetLinked(object key) => Current.Linked is { } linked && linked.TryGetValue(key, out var fact) ? fact : null;

    public IReadOnlyCollection<object> GetLinkedKeys() => Current.Linked is { } linked ? linked.Keys().ToArray() : [];

    public object Resolve(Type serviceType) => _session.Resolve(Activation, serviceType);
}
