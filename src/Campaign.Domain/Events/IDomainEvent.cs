namespace Campaign.Domain.Events;

/// <summary>
/// A state change of a domain entity, raised by the entity after the change is made (never for a refused change).
/// Events are small immutable records that carry the entity and the values the change set; listen through
/// <see cref="Campaigns.CampaignDataset.Events"/>.
/// </summary>
public interface IDomainEvent
{
}
