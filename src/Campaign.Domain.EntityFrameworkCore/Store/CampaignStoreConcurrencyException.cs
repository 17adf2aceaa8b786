using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// A save was refused because a record it changes was changed (or removed) by someone else after this context read
/// it. Nothing of the unit of work was saved; the other change is kept. Reload the records
/// (<see cref="RecordIds"/>), apply the change again and save.
/// </summary>
public sealed class CampaignStoreConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordIds">The records in conflict, as <c>type 'id'</c>.</param>
    /// <param name="innerException">EF Core's concurrency exception.</param>
    internal CampaignStoreConcurrencyException(IReadOnlyList<string> recordIds, Exception? innerException)
        : base(Describe(recordIds), innerException)
    {
        RecordIds = recordIds;
    }

    /// <summary>The records in conflict, e.g. <c>Rectification 'R-01'</c>.</summary>
    public IReadOnlyList<string> RecordIds { get; }

    internal static CampaignStoreConcurrencyException From(DbUpdateConcurrencyException e)
    {
        var ids = new List<string>();
        foreach (var entry in e.Entries)
        {
            if (entry.Metadata.IsOwned())
            {
                // An owned record (a unit's weak-and-lax record) is named by its owner, which is listed too.
                continue;
            }

            var key = entry.Metadata.FindPrimaryKey();
            var id = key is null ? "?" : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            ids.Add($"{entry.Metadata.ClrType.Name} '{id}'");
        }

        return new CampaignStoreConcurrencyException(ids.AsReadOnly(), e);
    }

    private static string Describe(IReadOnlyList<string> recordIds) =>
        $"Concurrent edit: {string.Join(", ", recordIds)} was changed or removed by someone else after it was read. " +
        "Nothing was saved; reload it, apply the change again and save.";
}
