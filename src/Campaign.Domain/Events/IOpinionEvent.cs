using Campaign.Domain.Opinions;

namespace Campaign.Domain.Events;

/// <summary>A change of one opinion: a listener that only needs to know which opinion changed reads <see cref="Opinion"/>.</summary>
public interface IOpinionEvent : IDomainEvent
{
    /// <summary>The opinion that changed, in its state after the change.</summary>
    Opinion Opinion { get; }
}
