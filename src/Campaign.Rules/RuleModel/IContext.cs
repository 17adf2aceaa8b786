namespace Campaign.Rules.RuleModel;

/// <summary>
/// The context a rule action runs in: the firing rule, the working memory (changes take effect before the
/// next activation is fired) and the facts linked to the firing activation.
/// </summary>
public interface IContext
{
    /// <summary>The rule being fired.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>Stops the fire loop after the current rule; the next <c>Fire</c> resumes.</summary>
    void Halt();

    /// <summary>Inserts a fact. Throws <see cref="ArgumentException"/> when it is already present.</summary>
    /// <param name="fact">The fact.</param>
    void Insert(object fact);

    /// <summary>Inserts facts as a set. Throws <see cref="ArgumentException"/> (inserting none) when one is present.</summary>
    /// <param name="facts">The facts.</param>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Updates a fact. Throws <see cref="ArgumentException"/> when it is absent or linked.</summary>
    /// <param name="fact">The fact (or an object with the same identity).</param>
    void Update(object fact);

    /// <summary>Updates facts as a set.</summary>
    /// <param name="facts">The facts.</param>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Updates a fact when present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Retracts a fact. Throws <see cref="ArgumentException"/> when it is absent or linked.</summary>
    /// <param name="fact">The fact.</param>
    void Retract(object fact);

    /// <summary>Retracts facts as a set.</summary>
    /// <param name="facts">The facts.</param>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Retracts a fact when present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when retracted.</returns>
    bool TryRetract(object fact);

    /// <summary>Inserts a fact linked to the firing activation under a key: it is retracted when the activation's match goes.</summary>
    /// <param name="key">The key, unique for the activation.</param>
    /// <param name="fact">The fact.</param>
    void InsertLinked(object key, object fact);

    /// <summary>Updates (or replaces) the fact linked under a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fact">The new fact.</param>
    void UpdateLinked(object key, object fact);

    /// <summary>Retracts the fact linked under a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fact">The fact.</param>
    void RetractLinked(object key, object fact);

    /// <summary>Returns the fact linked under a key, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The linked fact or null.</returns>
    object? GetLinked(object key);

    /// <summary>Returns the keys of the facts linked to the firing activation.</summary>
    /// <returns>The keys.</returns>
    IEnumerable<object> GetLinkedKeys();

    /// <summary>Resolves a service through the session's dependency resolver.</summary>
    /// <param name="serviceType">The service type.</param>
    /// <returns>The service.</returns>
    object Resolve(Type serviceType);

    /// <summary>Resolves a service through the session's dependency resolver.</summary>
    /// <typeparam name="T">The service type.</typeparam>
    /// <returns>The service.</returns>
    T Resolve<T>();
}
