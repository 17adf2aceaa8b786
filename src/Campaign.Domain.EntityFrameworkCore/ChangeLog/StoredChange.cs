namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// One row of a store's append-only change log: a committed change of one record, written in the same transaction
/// as the change itself. Sequences grow in commit order.
/// </summary>
/// <param name="Sequence">The position in the log (1, 2, …; gaps are possible).</param>
/// <param name="RecordType">The kind of record: <c>Rectification</c>, <c>Opinion</c>, <c>Unit</c> (its weak-and-lax record), <c>Problem</c>, <c>Person</c>, <c>Campaign</c>, or <c>Dataset</c> for an import.</param>
/// <param name="RecordId">The record's id (empty for an import).</param>
/// <param name="Change">The domain event's name (<c>RectificationRescheduled</c>, <c>OpinionClaimed</c>, …), <c>Added</c>, <c>Removed</c>, or <c>DatasetImported</c>.</param>
/// <param name="Payload">The event's values as a JSON object (<c>{"newDeadline":"2014-08-31",…}</c>); <c>{}</c> when it has none.</param>
public sealed record StoredChange(long Sequence, string RecordType, string RecordId, string Change, string Payload)
{
    /// <summary>For example <c>#12 Rectification R-0000012 RectificationRescheduled</c>.</summary>
    public override string ToString() => $"#{Sequence} {RecordType} {RecordId} {Change}";
}
