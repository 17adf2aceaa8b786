using Campaign.Domain.Rectifications;

namespace Campaign.Compliance.Facts;

/// <summary>
/// A rectification with its derived values: the unit of its findings (unit of the first problem), the day
/// its problems were found (earliest), and the concrete characters of its measure. The status, dates,
/// evidence and evaluation are read from the (mutable) domain object; the monitor updates this fact when
/// the rectification changes.
/// </summary>
internal sealed class RectificationProfile
{
    public RectificationProfile(Rectification rectification, string unitId, DateOnly foundOn, int concreteChars)
    {
        Rectification = rectification;
        RectificationId = rectification.Id;
        UnitId = unitId;
        FoundDay = foundOn.DayNumber;
        ConcreteChars = concreteChars;
    }

    public Rectification Rectification { get; }

    public string RectificationId { get; }

    /// <summary>The unit of the first problem in its problem ids.</summary>
    public string UnitId { get; }

    /// <summary>The day number of the earliest <c>identifiedOn</c> of its problems.</summary>
    public int FoundDay { get; }

    /// <summary>SUP-005: scalar values left of the measure once stock phrases and Z/P/S/C characters are gone.</summary>
    public int ConcreteChars { get; }

    public bool IsFinished => Rectification.IsFinished;

    public bool IsOpen => !Rectification.IsFinished;

    public bool HasDeadline => Rectification.Deadline.HasValue;

    /// <summary>The deadline's day number, or <see cref="int.MaxValue"/> when none.</summary>
    public int DeadlineDay => Rectification.Deadline is { } deadline ? deadline.DayNumber : int.MaxValue;

    /// <summary>The completion's day number, or <see cref="int.MinValue"/> when not finished.</summary>
    public int CompletedDay => Rectification.CompletedOn is { } completed ? completed.DayNumber : int.MinValue;

    public override string ToString() => "RectificationProfile " + RectificationId;
}
