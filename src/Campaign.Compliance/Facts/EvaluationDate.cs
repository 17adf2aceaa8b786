namespace Campaign.Compliance.Facts;

/// <summary>
/// The evaluation date (asOf) as a fact of the rule session: one per session. Rules that depend on the date
/// match it, so moving the date is one update (<c>ComplianceMonitor.MoveAsOf</c>).
/// User rules may match it too.
/// </summary>
public sealed class EvaluationDate
{
    internal EvaluationDate(DateOnly asOf) => AsOf = asOf;

    /// <summary>The evaluation date. A deadline day itself is not overdue: overdue means <c>AsOf &gt; deadline</c>.</summary>
    public DateOnly AsOf { get; internal set; }

    /// <summary>The day number of <see cref="AsOf"/>, for <c>days(a, b)</c> arithmetic in conditions.</summary>
    public int Day => AsOf.DayNumber;

    /// <summary>The date as <c>yyyy-MM-dd</c>.</summary>
    public override string ToString() => AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
