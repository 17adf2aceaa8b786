using Campaign.Domain.Opinions;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Opinions.Opinion.ReportBack"/>: the result was reported back to the masses.</summary>
public sealed record OpinionReportedBack : IOpinionEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="opinion">The opinion.</param>
    /// <param name="on">The day it was reported back.</param>
    public OpinionReportedBack(Opinion opinion, DateOnly on)
    {
        Opinion = opinion;
        On = on;
    }

    /// <summary>The opinion.</summary>
    public Opinion Opinion { get; }

    /// <summary>The day it was reported back.</summary>
    public DateOnly On { get; }
}
