using Campaign.Domain.Opinions;

namespace Campaign.Domain.Events;

/// <summary>Raised by <see cref="Opinions.Opinion.ReportBack"/>: the result was reported back to the masses.</summary>
/// <param name="Opinion">The opinion.</param>
/// <param name="On">The day it was reported back.</param>
public sealed record OpinionReportedBack(Opinion Opinion, DateOnly On) : IOpinionEvent;
