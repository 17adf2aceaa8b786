namespace Campaign.Rules.Diagnostics;

/// <summary>The events of a session (or, on a factory, of all its sessions).</summary>
public interface IEventProvider
{
    /// <summary>Raised before a fact is inserted.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;

    /// <summary>Raised after a fact is inserted and propagated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    /// <summary>Raised before a fact is updated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;

    /// <summary>Raised after a fact is updated and propagated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    /// <summary>Raised before a fact is retracted.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;

    /// <summary>Raised after a fact is retracted and propagated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    /// <summary>Raised when a match creates an activation.</summary>
    event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    /// <summary>Raised when the match of an activation is updated.</summary>
    event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    /// <summary>Raised when the match of an activation goes away.</summary>
    event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    /// <summary>Raised before a rule's actions run.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    /// <summary>Raised after a rule's actions ran.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    /// <summary>Raised when a condition throws; see <see cref="LhsExpressionErrorEventArgs.IsHandled"/>.</summary>
    event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    /// <summary>Raised when an action throws; see <see cref="RhsExpressionErrorEventArgs.IsHandled"/>.</summary>
    event EventHandler<RhsExpressionErrorEventArgs>? RhsExpressionFailedEvent;
}
