namespace Campaign.Domain.Rectifications;

/// <summary>How a rectification is to be done: at once, or on a schedule (能改的马上改,需要时间改的要做出安排).</summary>
public enum RectificationMode
{
    /// <summary>Fix at once (立行立改, 即知即改).</summary>
    Immediate,

    /// <summary>Needs time: scheduled with a plan and a deadline.</summary>
    Scheduled,
}
