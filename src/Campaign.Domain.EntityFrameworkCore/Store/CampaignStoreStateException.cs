namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// Thrown when the store is not in the state an operation needs: reading a store that holds no dataset yet, or
/// importing without replace into a store that already holds one. Nothing was changed.
/// </summary>
public sealed class CampaignStoreStateException : InvalidOperationException
{
    internal CampaignStoreStateException(bool holdsDataset)
        : base(holdsDataset
            ? "The store already holds a dataset; import with replace (campaign import --replace) to overwrite it."
            : "The store holds no dataset: import one first (campaign import FILE --db …).")
    {
        HoldsDataset = holdsDataset;
    }

    /// <summary>Whether the store holds a dataset: true when an import without replace was refused, false when there was nothing to read.</summary>
    public bool HoldsDataset { get; }
}
