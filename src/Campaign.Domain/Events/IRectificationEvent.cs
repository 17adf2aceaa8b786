using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Events;

/// <summary>A change of one rectification: a listener that only needs to know which item changed reads <see cref="Rectification"/>.</summary>
public interface IRectificationEvent : IDomainEvent
{
    /// <summary>The rectification that changed, in its state after the change.</summary>
    Rectification Rectification { get; }
}
