namespace Campaign.Domain.Units;

/// <summary>A closed range of calendar days, e.g. a unit's concentrated-education period (集中教育).</summary>
public readonly record struct Period
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Period(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The period end {end:yyyy-MM-dd} is before its start {start:yyyy-MM-dd}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day (never before <see cref="Start"/>).</summary>
    public DateOnly End { get; }

    /// <summary>Whether <paramref name="day"/> lies within the period, both ends included.</summary>
    /// <param name="day">The day to test.</param>
    /// <returns>True when <c>Start &lt;= day &lt;= End</c>.</returns>
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <inheritdoc />
    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
